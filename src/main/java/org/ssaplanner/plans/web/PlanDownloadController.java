package org.ssaplanner.plans.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.web.SheetDownload;

/** The plan list as CSV or XLSX: every plan its filters select, in its order (issue 17, section 4). */
@Controller
class PlanDownloadController {

    private final PlanService plans;
    private final ReferenceDataService reference;
    private final MessageSource messages;

    PlanDownloadController(PlanService plans, ReferenceDataService reference, MessageSource messages) {
        this.plans = plans;
        this.reference = reference;
        this.messages = messages;
    }

    @GetMapping("/plans.{format:csv|xlsx}")
    void download(@PathVariable String format, @ModelAttribute("planSearch") PlanSearchParams params,
            HttpServletResponse response, Locale locale) throws IOException {
        PlanFilter filter = params.toFilter(PlanController.countryFilter(reference, params.country()));
        SheetDownload.send(response, format, "plans", SheetDownload.header(messages, "sheet.id", "plan.title",
                "plan.country", "plan.startFiscalYear", "plan.endFiscalYear", "plan.conductor",
                "plan.conductorAgency", "plan.status", "common.updated"), sheet -> SheetDownload.eachRow(
                        number -> plans.search(filter, PageRequest.of(number, SheetDownload.CHUNK, params.order())),
                        p -> sheet.row(p.id(), p.title(), p.countryName(), p.startFiscalYear(), p.endFiscalYear(),
                                p.conductorLabel(), p.conductorAgencyLabel(),
                                messages.getMessage("plan.status." + p.status(), null, p.status().name(), locale),
                                p.updatedAt())));
    }
}
