package org.ssaplanner.authorities.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.authorities.WaiverFilter;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.web.SheetDownload;

/** The waiver list as CSV or XLSX: every waiver its filters select, in its order (issue 17, section 4). */
@Controller
class WaiverDownloadController {

    private final WaiverService waivers;
    private final MessageSource messages;

    WaiverDownloadController(WaiverService waivers, MessageSource messages) {
        this.waivers = waivers;
        this.messages = messages;
    }

    @GetMapping("/waivers.{format:csv|xlsx}")
    void download(@PathVariable String format, @ModelAttribute("waiverSearch") WaiverSearchParams params,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            HttpServletResponse response, Locale locale) throws IOException {
        WaiverFilter filter = params.toFilter();
        ListSort order = WaiverController.SORTS.resolve(sort, dir);
        SheetDownload.send(response, format, "waivers", SheetDownload.header(messages, "sheet.id", "waiver.program",
                "sheet.programId", "waiver.restriction", "waiver.kind", "waiver.status", "waiver.effectiveDate",
                "waiver.expiryDate", "waiver.requestedBy", "waiver.requestedAt", "waiver.decidedBy",
                "waiver.decidedAt", "waiver.official", "waiver.justification"), sheet -> SheetDownload.eachRow(
                        number -> waivers.search(filter, PageRequest.of(number, SheetDownload.CHUNK,
                                WaiverController.SORTS.toSort(order))),
                        w -> sheet.row(w.id(), w.programTitle(), w.programId(), w.restrictionCitation(),
                                w.exceptionLabel() != null ? w.exceptionLabel()
                                        : SheetDownload.label(messages, "waiver.kind." + w.kind(), locale),
                                SheetDownload.label(messages, "waiver.status." + w.status(), locale), w.effectiveDate(), w.expiryDate(),
                                w.requestedBy(), w.requestedAt(), w.decidedBy(), w.decidedAt(), w.officialName(),
                                w.justification())));
    }

}
