package org.ssaplanner.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.portfolio.AssessmentRunningException;
import org.ssaplanner.portfolio.AssessmentService;
import org.ssaplanner.portfolio.PortfolioFilter;
import org.ssaplanner.portfolio.ReasonText;
import org.ssaplanner.portfolio.Recommendation;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.web.SheetDownload;

/**
 * {@code /portfolio}: the recommendations table with its filters (paged in SQL), allocated funding by objective category
 * and by agency over fiscal years, and programs by priority and performance (chart and table).
 */
@Controller
class PortfolioController {

    private final AssessmentService assessments;
    private final PlanService plans;
    private final ReferenceDataService reference;
    private final AgencyService agencies;
    private final MessageSource messages;

    PortfolioController(AssessmentService assessments, PlanService plans, ReferenceDataService reference,
            AgencyService agencies, MessageSource messages) {
        this.messages = messages;
        this.assessments = assessments;
        this.plans = plans;
        this.reference = reference;
        this.agencies = agencies;
    }

    @GetMapping("/portfolio")
    String portfolio(@RequestParam(required = false) Long planId, @RequestParam(required = false) Long regionId,
            @RequestParam(required = false) Integer fiscalYear, @RequestParam(required = false) Long agencyId,
            @RequestParam(required = false) Recommendation recommendation,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size, Model model) {
        PortfolioFilter filter = new PortfolioFilter(planId, regionId, fiscalYear, agencyId, recommendation);
        model.addAttribute("filter", filter);
        model.addAttribute("page", assessments.recommendations(filter,
                PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size, 100)))));
        model.addAttribute("dashboard", assessments.dashboard(filter));
        model.addAttribute("planChoices", plans.search(PlanFilter.none(), PageRequest.of(0, 200)).getContent());
        model.addAttribute("regionChoices", reference.regions());
        model.addAttribute("agencyChoices", agencies.activeAgencies());
        model.addAttribute("recommendations", Recommendation.values());
        model.addAttribute("run", assessments.latestRun().orElse(null));
        return "portfolio/portfolio";
    }

    /** The recommendations table as CSV or XLSX: every row the filters select, in the table's order. */
    @GetMapping("/portfolio.{format:csv|xlsx}")
    void download(@PathVariable String format, @RequestParam(required = false) Long planId,
            @RequestParam(required = false) Long regionId, @RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) Long agencyId, @RequestParam(required = false) Recommendation recommendation,
            HttpServletResponse response, Locale locale) throws IOException {
        PortfolioFilter filter = new PortfolioFilter(planId, regionId, fiscalYear, agencyId, recommendation);
        SheetDownload.send(response, format, "portfolio", SheetDownload.header(messages, "sheet.id",
                "portfolio.table.program", "portfolio.sheet.plan", "portfolio.table.country", "portfolio.table.agency",
                "portfolio.table.priority", "portfolio.table.performance", "portfolio.table.risk",
                "portfolio.sheet.competitorShare", "portfolio.table.recommendation", "portfolio.table.reasons",
                "portfolio.table.allocated"), sheet -> SheetDownload.eachRow(
                        number -> assessments.recommendations(filter, SheetDownload.chunk(number)),
                        a -> sheet.row(a.programId(), a.programTitle(), a.planTitle(), a.countryName(),
                                a.agencyLabel(), a.priority(),
                                SheetDownload.label(messages, "performance." + a.performance(), locale),
                                SheetDownload.label(messages, "risk." + a.risk(), locale), a.competitorShare(),
                                SheetDownload.label(messages, "recommendation." + (a.recommendation() == null ? ""
                                        : a.recommendation()), locale),
                                ReasonText.render(messages, locale, a.reasons()), a.allocated())));
    }

    /** Starts "compute all" in the background; its progress shows on {@code /portfolio}. */
    @PostMapping("/portfolio/assess")
    String assessAll(RedirectAttributes redirect) {
        try {
            assessments.startAssessAll();
            redirect.addFlashAttribute("flash", "portfolio.assessStarted");
        } catch (AssessmentRunningException e) {
            redirect.addFlashAttribute("flashError", "portfolio.assessRunning");
        }
        return "redirect:/portfolio";
    }
}
