package org.ssaplanner.evaluations.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.ssaplanner.evaluations.DueResultsService;
import org.ssaplanner.shared.ListSort;

/** Results due: the indicator periods that ended with no actual (the evaluator's home card links here). */
@Controller
class DueResultsController {

    static final int PAGE_SIZE = 25;

    private final DueResultsService due;

    DueResultsController(DueResultsService due) {
        this.due = due;
    }

    @GetMapping("/results/due")
    String due(@PageableDefault(size = PAGE_SIZE) Pageable pageable, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        ListSort order = DueResultsService.order(sort, dir);
        model.addAttribute("page", due.due(order, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())));
        model.addAttribute("listSort", order);
        return htmx != null ? "evaluations/due :: results" : "evaluations/due";
    }
}
