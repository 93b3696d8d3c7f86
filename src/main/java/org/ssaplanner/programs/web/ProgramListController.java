package org.ssaplanner.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.ProgramFilter;
import org.ssaplanner.programs.ProgramSearchService;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.programs.ProgramSort;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.web.SheetDownload;

/** The program search across plans; with {@code HX-Request} only the results fragment (htmx). */
@Controller
class ProgramListController {

    private final ProgramSearchService search;
    private final ProgramService programs;
    private final AgencyService agencies;
    private final ReferenceDataService reference;
    private final MessageSource messages;

    ProgramListController(ProgramSearchService search, ProgramService programs, AgencyService agencies,
            ReferenceDataService reference, MessageSource messages) {
        this.messages = messages;
        this.search = search;
        this.programs = programs;
        this.agencies = agencies;
        this.reference = reference;
    }

    /** Every program the filters select, in the list's order, as CSV or XLSX (issue 17, section 4). */
    @GetMapping("/programs.{format:csv|xlsx}")
    void download(@PathVariable String format, @ModelAttribute("programSearch") ProgramSearchParams params,
            HttpServletResponse response, Locale locale) throws IOException {
        ProgramFilter filter = params.toFilter();
        ListSort order = params.order();
        SheetDownload.send(response, format, "programs", SheetDownload.header(messages, "sheet.id", "program.title",
                "program.plan", "program.country", "program.leadAgency", "program.assistanceType",
                "program.primaryCategory", "program.horizon", "program.status", "program.startDate", "program.endDate",
                "funding.allocated"), sheet -> SheetDownload.eachRow(
                        number -> search.search(filter, order, SheetDownload.chunk(number)),
                        p -> sheet.row(p.id(), p.title(), p.planTitle(), p.countryName(), p.leadAgencyLabel(),
                                p.assistanceTypeCode(), SheetDownload.label(messages, "category." + p.primaryCategory(), locale),
                                SheetDownload.label(messages, "horizon." + p.horizon(), locale), SheetDownload.label(messages, "program.status." + p.status(), locale),
                                p.startDate(), p.endDate(), p.allocated())));
    }


    @GetMapping("/programs")
    String search(@ModelAttribute("programSearch") ProgramSearchParams params, @PageableDefault(size = 20) Pageable pageable,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        ProgramFilter filter = params.toFilter();
        ProgramSort sort = params.sortOrDefault();
        ListSort order = params.order();
        // the order is the ProgramSort in "sort" and the direction in "dir" (part of the URL); Spring Data reads
        // "sort" as a sort too: not used
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        model.addAttribute("page", search.search(filter, order, page));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", sort);
        model.addAttribute("listSort", order);
        model.addAttribute("sorts", ProgramSort.values());
        if (htmx != null) {
            // the results only: the filter form sent the request and stays as the user left it
            return "programs/list :: results";
        }
        model.addAttribute("countries", reference.countries());
        model.addAttribute("agencies", agencies.activeAgencies());
        model.addAttribute("authorities", programs.authorityOptions());
        model.addAttribute("assistanceTypes", reference.assistanceTypes());
        model.addAttribute("recipientTypes", reference.recipientTypes());
        model.addAttribute("capabilityDomains", reference.capabilityDomains());
        model.addAttribute("categories", ObjectiveCategory.values());
        model.addAttribute("statuses", ProgramStatus.values());
        model.addAttribute("horizons", Horizon.values());
        return "programs/list";
    }
}
