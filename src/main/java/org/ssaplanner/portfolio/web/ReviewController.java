package org.ssaplanner.portfolio.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.portfolio.AssessmentService;
import org.ssaplanner.portfolio.Decision;
import org.ssaplanner.portfolio.Phrase;
import org.ssaplanner.portfolio.PortfolioPermissions;
import org.ssaplanner.portfolio.ProgramAssessment;
import org.ssaplanner.portfolio.ReasonText;
import org.ssaplanner.portfolio.Recommendation;
import org.ssaplanner.portfolio.ReviewDetail;
import org.ssaplanner.portfolio.ReviewScope;
import org.ssaplanner.portfolio.ReviewService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.shared.web.SheetDownload;

/**
 * Portfolio reviews ({@code /portfolio/reviews}): the list and the form that opens one, a review's programs with their
 * recommendations, reasons and factors ({@code /portfolio/reviews/{id}}), and the form that records the decision on
 * one program.
 */
@Controller
class ReviewController {

    private final ReviewService reviews;
    private final AssessmentService assessments;
    private final PlanService plans;
    private final ReferenceDataService reference;
    private final PortfolioPermissions permissions;
    private final MessageSource messages;

    ReviewController(ReviewService reviews, AssessmentService assessments, PlanService plans,
            ReferenceDataService reference, PortfolioPermissions permissions, MessageSource messages) {
        this.messages = messages;
        this.permissions = permissions;
        this.reviews = reviews;
        this.assessments = assessments;
        this.plans = plans;
        this.reference = reference;
    }

    @InitBinder("reviewForm")
    void allowReviewFields(WebDataBinder binder) {
        binder.setAllowedFields(ReviewForm.FIELDS);
    }

    @InitBinder("decisionForm")
    void allowDecisionFields(WebDataBinder binder) {
        binder.setAllowedFields(DecisionForm.FIELDS);
    }

    @GetMapping("/portfolio/reviews")
    String list(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) Long planId,
            Model model) {
        model.addAttribute("reviews", reviews.reviews(PageRequest.of(Math.max(0, page), 20)));
        if (!model.containsAttribute("reviewForm")) {
            ReviewForm form = new ReviewForm();
            form.setPlanId(planId);
            model.addAttribute("reviewForm", form);
        }
        return choices(model);
    }

    /** A plan to choose: the first 200 plans, and the one asked for (the plan page's link) when it is not among them. */
    record PlanChoice(long id, String title) {
    }

    private String choices(Model model) {
        List<PlanChoice> choices = new ArrayList<>(plans.search(PlanFilter.none(), PageRequest.of(0, 200)).stream()
                .map(p -> new PlanChoice(p.id(), p.title())).toList());
        Object form = model.getAttribute("reviewForm");
        if (form instanceof ReviewForm review && review.getPlanId() != null
                && choices.stream().noneMatch(c -> c.id() == review.getPlanId())) {
            try {
                choices.add(0, new PlanChoice(review.getPlanId(), plans.context(review.getPlanId()).title()));
            } catch (NotFoundException e) {
                review.setPlanId(null);
            }
        }
        model.addAttribute("planChoices", choices);
        model.addAttribute("regionChoices", reference.regions());
        model.addAttribute("scopes", ReviewScope.values());
        return "portfolio/reviews";
    }

    @PostMapping("/portfolio/reviews")
    String open(@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("reviews", reviews.reviews(PageRequest.of(0, 20)));
            return choices(model);
        }
        long id;
        try {
            id = reviews.open(form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            model.addAttribute("reviews", reviews.reviews(PageRequest.of(0, 20)));
            return choices(model);
        }
        redirect.addFlashAttribute("flash", "portfolio.review.opened");
        return "redirect:/portfolio/reviews/" + id;
    }

    @GetMapping("/portfolio/reviews/{id:\\d+}")
    String review(@PathVariable long id, Model model) {
        ReviewDetail review = reviews.review(id);
        model.addAttribute("review", review);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        model.addAttribute("decidablePlans", review.items().stream().map(i -> i.decision().planId()).distinct()
                .filter(plan -> permissions.canReviewPlan(plan, authentication)).collect(Collectors.toSet()));
        model.addAttribute("computedAt", review.items().stream().map(i -> i.assessment().computedAt())
                .min(Comparator.naturalOrder()).orElse(null));
        return "portfolio/review";
    }

    /**
     * The review as CSV or XLSX: per program its recommendation with the reasons and factors, and the decision taken
     * with everything it records (one row a program, in the page's order).
     */
    @GetMapping("/portfolio/reviews/{id:\\d+}.{format:csv|xlsx}")
    void download(@PathVariable long id, @PathVariable String format, HttpServletResponse response, Locale locale)
            throws IOException {
        ReviewDetail review = reviews.review(id);
        SheetDownload.send(response, format, "portfolio-review-" + id, SheetDownload.header(messages, "sheet.id",
                "portfolio.table.program", "portfolio.table.country", "portfolio.table.priority",
                "portfolio.table.performance", "portfolio.table.risk", "portfolio.sheet.competitorShare",
                "portfolio.decision.recommended", "portfolio.table.reasons", "portfolio.table.allocated",
                "portfolio.review.decision", "portfolio.sheet.recommendedThen", "portfolio.sheet.reason",
                "portfolio.decision.owner", "portfolio.decision.followUpDate", "portfolio.sheet.overdue",
                "portfolio.decision.hypothesis", "portfolio.decision.successIndicator",
                "portfolio.decision.experimentReviewDate", "portfolio.decision.stopCriterion",
                "portfolio.decision.closurePlan", "portfolio.sheet.theoryOfChangeEffect", "portfolio.sheet.decidedBy",
                "portfolio.sheet.decidedAt"), sheet -> review.items().forEach(item -> {
                    ProgramAssessment a = item.assessment();
                    Decision d = item.decision();
                    sheet.row(a.programId(), a.programTitle(), a.countryName(), a.priority(),
                            label("performance." + a.performance(), locale), label("risk." + a.risk(), locale),
                            a.competitorShare(), recommendation(a.recommendation(), locale), ReasonText.render(messages, locale, a.reasons()),
                            a.allocated(), d.decided() ? recommendation(d.decision(), locale) : null,
                            d.decided() ? recommendation(d.recommended(), locale) : null, d.reason(), d.owner(),
                            d.followUpDate(), d.decided() ? label(d.overdue() ? "portfolio.sheet.yes" : "portfolio.sheet.no", locale)
                                    : null, d.hypothesis(), d.successIndicator(), d.experimentReviewDate(),
                            d.stopCriterion(), d.closurePlan(), effect(d, locale), d.decidedBy(),
                            d.decidedAt());
                }));
    }

    /** The effect of a cut in words: the summary, then the outcomes apart by semicolons. */
    private String effect(Decision d, Locale locale) {
        List<Phrase> phrases = d.theoryOfChangeEffectPhrases();
        if (phrases.isEmpty()) {
            return null;
        }
        String rest = Phrase.render(messages, locale, phrases.subList(1, phrases.size()), "; ");
        return Phrase.render(messages, locale, phrases.subList(0, 1), "") + (rest.isEmpty() ? "" : " " + rest);
    }

    private String label(String code, Locale locale) {
        return SheetDownload.label(messages, code, locale);
    }

    private String recommendation(Recommendation recommendation, Locale locale) {
        return label("recommendation." + (recommendation == null ? "" : recommendation), locale);
    }

    @PostMapping("/portfolio/reviews/{id}/recompute")
    String recompute(@PathVariable long id, RedirectAttributes redirect) {
        reviews.recompute(id);
        redirect.addFlashAttribute("flash", "portfolio.assessed");
        return "redirect:/portfolio/reviews/" + id;
    }

    @GetMapping("/portfolio/reviews/{id}/items/{itemId}")
    String decisionForm(@PathVariable long id, @PathVariable long itemId, Model model) {
        reviews.checkCanDecide(id, itemId);
        Decision item = reviews.item(id, itemId);
        ProgramAssessment assessment = assessment(item);
        model.addAttribute("decisionForm", DecisionForm.from(item, assessment.recommendation()));
        return decisionPage(id, item, assessment, model);
    }

    private ProgramAssessment assessment(Decision item) {
        return assessments.assessment(item.programId())
                .orElseThrow(() -> new NotFoundException("Assessment", item.programId()));
    }

    private String decisionPage(long id, Decision item, ProgramAssessment assessment, Model model) {
        model.addAttribute("reviewId", id);
        model.addAttribute("item", item);
        model.addAttribute("assessment", assessment);
        model.addAttribute("decisions", Recommendation.values());
        model.addAttribute("cutEffect", assessments.outcomesLosingTheirOnlyProgram(item.planId(), item.programId()));
        return "portfolio/decision";
    }

    @PostMapping("/portfolio/reviews/{id}/items/{itemId}")
    String decide(@PathVariable long id, @PathVariable long itemId,
            @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Decision item = reviews.item(id, itemId);
        if (!binding.hasErrors()) {
            try {
                reviews.decide(id, itemId, form.getVersion(), form.toCommand());
                redirect.addFlashAttribute("flash", "portfolio.decision.saved");
                return "redirect:/portfolio/reviews/" + id;
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return decisionPage(id, item, assessment(item), model);
    }
}
