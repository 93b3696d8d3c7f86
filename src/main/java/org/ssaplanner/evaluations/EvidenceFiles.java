package org.ssaplanner.evaluations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What evidence files may be: PDF, DOCX, XLSX, CSV, PNG or JPEG, judged by their content (magic
 * bytes, the parts inside Office zip packages, plain text without control characters for CSV) and required to match the
 * file name's extension. Declared content types are ignored. Also makes uploaded names safe.
 */
final class EvidenceFiles {

    enum Kind {
        PDF("application/pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        CSV("text/csv"),
        PNG("image/png"),
        JPEG("image/jpeg");

        final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }
    }

    private static final int MAX_NAME = 200;
    private static final int MAX_ZIP_ENTRIES = 5000;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    private EvidenceFiles() {
    }

    /** The kind the extension promises, or null when the extension is not allowed. */
    static Kind expectedKind(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "pdf" -> Kind.PDF;
            case "docx" -> Kind.DOCX;
            case "xlsx" -> Kind.XLSX;
            case "csv" -> Kind.CSV;
            case "png" -> Kind.PNG;
            case "jpg", "jpeg" -> Kind.JPEG;
            default -> null;
        };
    }

    /** The kind the content shows, or null when it is none of the allowed kinds. */
    static Kind detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return Kind.PDF;
        }
        if (startsWith(content, PNG)) {
            return Kind.PNG;
        }
        if (startsWith(content, JPEG)) {
            return Kind.JPEG;
        }
        if (startsWith(content, ZIP)) {
            return officeKind(content);
        }
        return isText(content) ? Kind.CSV : null;
    }

    private static Kind officeKind(byte[] content) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                excel |= name.equals("xl/workbook.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        if (!contentTypes || word == excel) {
            return null;
        }
        return word ? Kind.DOCX : Kind.XLSX;
    }

    /**
     * Text in any common encoding (UTF-8, Latin-1, Windows-1252): no NUL and no control characters
     * other than tab, line feed, form feed and carriage return. Binaries always have some.
     */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            int c = b & 0xFF;
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * A name safe to store and to send back: the last path segment only, without control, bidi or
     * reserved characters, no leading dots, at most 200 characters (extension kept).
     */
    static String sanitize(String original) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            boolean control = Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT;
            boolean reserved = "<>:\"|?*;%".indexOf(c) >= 0;
            if (!control && !reserved) {
                clean.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
            }
        });
        name = clean.toString().replaceAll(" +", " ").replaceAll("^[ .]+", "").replaceAll("[ .]+$", "");
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }
}
