package org.ssaplanner.compliance.web;

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
import org.ssaplanner.compliance.FindingFilter;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.web.SheetDownload;

/** The compliance findings as CSV or XLSX: every finding the list's filters select, in its order (issue 17). */
@Controller
class ComplianceDownloadController {

    private final FindingQueryService findings;
    private final ReferenceDataService reference;
    private final MessageSource messages;

    ComplianceDownloadController(FindingQueryService findings, ReferenceDataService reference,
            MessageSource messages) {
        this.findings = findings;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/compliance.{format:csv|xlsx}")
    void download(@PathVariable String format, @ModelAttribute("findingSearch") FindingSearchParams params,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            HttpServletResponse response, Locale locale) throws IOException {
        FindingFilter filter = params.toFilter(ComplianceController.countryId(params.country(),
                ComplianceController.country(reference, params.country())));
        ListSort order = FindingQueryService.order(sort, dir);
        SheetDownload.send(response, format, "compliance-findings", SheetDownload.header(messages,
                "compliance.program", "compliance.country", "compliance.restriction", "compliance.restriction.code",
                "compliance.severity", "compliance.reason", "compliance.evaluatedOn", "sheet.programId"),
                sheet -> SheetDownload.eachRow(number -> findings.search(filter,
                        PageRequest.of(number, SheetDownload.CHUNK, order.asKeySort())),
                        f -> sheet.row(f.programTitle(), f.countryName(), f.restrictionCitation(), f.restrictionCode(),
                                messages.getMessage("compliance.severity." + f.severity(), null,
                                        f.severity().name(), locale),
                                f.reason(), f.evaluatedOn(), f.programId())));
    }
}
