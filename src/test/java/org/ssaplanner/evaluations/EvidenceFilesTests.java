package org.ssaplanner.evaluations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.ssaplanner.evaluations.EvidenceFiles.Kind;

class EvidenceFilesTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void kindsAreRecognizedByContent() throws IOException {
        assertThat(EvidenceFiles.detect(PDF)).isEqualTo(Kind.PDF);
        assertThat(EvidenceFiles.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).isEqualTo(Kind.PNG);
        assertThat(EvidenceFiles.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo(Kind.JPEG);
        assertThat(EvidenceFiles.detect(zip("[Content_Types].xml", "word/document.xml"))).isEqualTo(Kind.DOCX);
        assertThat(EvidenceFiles.detect(zip("[Content_Types].xml", "xl/workbook.xml"))).isEqualTo(Kind.XLSX);
        assertThat(EvidenceFiles.detect("period,target,actual\n2025,10,12\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(Kind.CSV);
        assertThat(EvidenceFiles.detect("unité;coût\r\nBogotá;12\r\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(Kind.CSV);
    }

    @Test
    void executablesPlainZipsAndBinaryJunkAreNothingAllowed() throws IOException {
        assertThat(EvidenceFiles.detect(EXE)).isNull();
        assertThat(EvidenceFiles.detect(zip("payload.exe"))).isNull();
        assertThat(EvidenceFiles.detect(new byte[] {'a', ',', 'b', 0x1B, '\n'})).isNull();
        assertThat(EvidenceFiles.detect(new byte[] {'G', 'I', 'F', '8', '9', 'a', 0x01, 0})).isNull();
    }

    @Test
    void theExtensionPromisesAKind() {
        assertThat(EvidenceFiles.expectedKind("report.PDF")).isEqualTo(Kind.PDF);
        assertThat(EvidenceFiles.expectedKind("photo.jpeg")).isEqualTo(Kind.JPEG);
        assertThat(EvidenceFiles.expectedKind("tool.exe")).isNull();
        assertThat(EvidenceFiles.expectedKind("noextension")).isNull();
    }

    @Test
    void namesLosePathsAndDangerousCharacters() {
        assertThat(EvidenceFiles.sanitize("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(EvidenceFiles.sanitize("C:\\Users\\me\\report.pdf")).isEqualTo("report.pdf");
        assertThat(EvidenceFiles.sanitize("..hidden.pdf")).isEqualTo("hidden.pdf");
        assertThat(EvidenceFiles.sanitize("a\u0000b\r\n<c>\"d\".pdf")).isEqualTo("abcd.pdf");
        assertThat(EvidenceFiles.sanitize("evil\u202Efdp.exe")).isEqualTo("evilfdp.exe");
        assertThat(EvidenceFiles.sanitize("Mid-term  évaluation.pdf")).isEqualTo("Mid-term évaluation.pdf");
        assertThat(EvidenceFiles.sanitize("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
        assertThat(EvidenceFiles.sanitize(null)).isEmpty();
    }
}
