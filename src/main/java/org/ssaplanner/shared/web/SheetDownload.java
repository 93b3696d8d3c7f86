package org.ssaplanner.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.sheet.SheetFormat;
import org.ssaplanner.shared.sheet.SheetWriter;

/**
 * A list page's download ({@code /programs.csv}, {@code /programs.xlsx}): the header row with the page's labels, then
 * every row its filters select, streamed to the response as it is read. Rows are read through the same service call
 * as the page (so the same method security and filters), a chunk of {@value #CHUNK} at a time.
 */
public final class SheetDownload {

    public static final int CHUNK = 1000;

    private SheetDownload() {
    }

    /** Sends the sheet; {@code suffix} is the address's ({@code csv} or {@code xlsx}), anything else is a 404. */
    public static void send(HttpServletResponse response, String suffix, String fileName, List<String> header,
            Consumer<SheetWriter> rows) throws IOException {
        SheetFormat format = SheetFormat.bySuffix(suffix).orElseThrow(() -> new NotFoundException("Format", suffix));
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(fileName + "." + format.suffix(), StandardCharsets.UTF_8).build().toString());
        try (SheetWriter sheet = SheetWriter.open(format, response.getOutputStream(), fileName)) {
            sheet.row(header.toArray());
            rows.accept(sheet);
        }
    }

    /**
     * Each row of every page that {@code page} gives (page 0, 1, ... of {@value #CHUNK} rows) until a page comes back
     * short: the whole filtered list, whatever the page's own total says (a capped count does not stop it).
     */
    public static <T> void eachRow(IntFunction<Page<T>> page, Consumer<T> row) {
        for (int number = 0;; number++) {
            Page<T> chunk = page.apply(number);
            chunk.getContent().forEach(row);
            if (chunk.getContent().size() < CHUNK) {
                return;
            }
        }
    }

    /** The header row: the page's own labels, by message code. */
    public static List<String> header(MessageSource messages, String... codes) {
        return Stream.of(codes).map(code -> messages.getMessage(code, null, code, LocaleContextHolder.getLocale()))
                .toList();
    }

    /** A cell's label (a status, a kind) by message code; the code itself when it has no message. */
    public static String label(MessageSource messages, String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    /** The page request of chunk {@code number}. */
    public static PageRequest chunk(int number) {
        return PageRequest.of(number, CHUNK);
    }
}
