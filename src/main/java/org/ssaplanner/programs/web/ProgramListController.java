package org.ssaplanner.programs.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

/** The program search across plans; with {@code HX-Request} only the results fragment (htmx). */
@Controller
class ProgramListController {

    private final ProgramSearchService search;
    private final ProgramService programs;
    private final AgencyService agencies;
    private final ReferenceDataService reference;

    ProgramListController(ProgramSearchService search, ProgramService programs, AgencyService agencies,
            ReferenceDataService reference) {
        this.search = search;
        this.programs = programs;
        this.agencies = agencies;
        this.reference = reference;
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
