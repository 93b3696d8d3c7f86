package org.ssaplanner.evaluations.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.ssaplanner.evaluations.ResultsReportService;

/** Read-only results views: a partner unit's performance and the portfolio's outcome evidence. */
@Controller
class ResultsReportController {

    private final ResultsReportService reports;

    ResultsReportController(ResultsReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/units/{unitId}/performance")
    String performance(@PathVariable long unitId, Model model) {
        model.addAttribute("performance", reports.partnerPerformance(unitId));
        return "evaluations/performance";
    }

    @GetMapping("/reports/results")
    String portfolio(Model model) {
        model.addAttribute("report", reports.portfolio());
        return "evaluations/report";
    }
}
