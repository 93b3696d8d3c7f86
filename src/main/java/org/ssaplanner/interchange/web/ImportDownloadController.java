package org.ssaplanner.interchange.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.interchange.ImportService;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.web.SheetDownload;

/** The import history as CSV or XLSX, in the list's order (issue 17, section 4). */
@Controller
class ImportDownloadController {

    private final ImportService imports;
    private final MessageSource messages;

    ImportDownloadController(ImportService imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/imports.{format:csv|xlsx}")
    void download(@PathVariable String format, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, HttpServletResponse response, Locale locale)
            throws IOException {
        ListSort order = ImportService.order(sort, dir);
        SheetDownload.send(response, format, "imports", SheetDownload.header(messages, "sheet.id", "import.when",
                "import.file", "import.format", "import.status", "import.rowsRead", "import.rowsStored",
                "import.rowsUnchanged", "import.rowsRejected", "import.duration.seconds", "import.who",
                "import.checksum"), sheet -> SheetDownload.eachRow(
                        number -> imports.history(PageRequest.of(number, SheetDownload.CHUNK, order.asKeySort())),
                        i -> {
                            Duration duration = i.duration();
                            sheet.row(i.id(), i.createdAt(), i.fileName(),
                                    i.format() == null ? null : SheetDownload.label(messages, "import.format." + i.format(), locale),
                                    SheetDownload.label(messages, "import.status." + i.status(), locale), i.rowsRead(), i.rowsStored(),
                                    i.rowsUnchanged(), i.rowsRejected(),
                                    duration == null ? null : duration.toMillis() / 1000.0, i.importedBy(),
                                    i.checksum());
                        }));
    }

}
