package org.ssaplanner.plans.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanAction;
import org.ssaplanner.plans.PlanApproval;
import org.ssaplanner.plans.PlanCommand;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanFields;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.plans.PlanTransitionException;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.web.Confirmation;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.shared.web.PageSections;

@Controller
@RequestMapping("/plans")
class PlanController {

    /** The id of no country: an unknown country filter matches nothing. */
    private static final long NO_COUNTRY = -1L;

    private final PlanService plans;
    private final ReferenceDataService reference;
    private final AgencyService agencies;
    private final PageSections sections;

    PlanController(PlanService plans, ReferenceDataService reference, AgencyService agencies, PageSections sections) {
        this.plans = plans;
        this.reference = reference;
        this.agencies = agencies;
        this.sections = sections;
    }

    @InitBinder("planForm")
    void allowPlanFields(WebDataBinder binder) {
        binder.setAllowedFields(PlanForm.FIELDS);
    }

    @GetMapping
    String list(@ModelAttribute("planSearch") PlanSearchParams params, @PageableDefault(size = 20) Pageable pageable,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        // the order comes from "sort" and "dir" (part of the URL); Spring Data reads "sort" as a sort too: not used
        // the country by its ISO code (?country=COL), or by its id in older links; an unknown one matches no plan
        Long countryId = countryFilter(reference, params.country());
        Page<PlanSummary> page = plans.search(params.toFilter(countryId),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), params.order()));
        model.addAttribute("page", page);
        // one read for the page (plans not in review have no open review and are left out)
        model.addAttribute("reviewProgress", plans.reviewProgress(page.getContent().stream().map(PlanSummary::id)
                .toList()));
        model.addAttribute("country", countryId);
        model.addAttribute("region", params.region());
        model.addAttribute("status", params.status());
        model.addAttribute("agency", params.agency());
        model.addAttribute("fy", params.fy());
        model.addAttribute("sort", params.sortKey());
        model.addAttribute("dir", params.direction());
        model.addAttribute("listSort", params.listSort());
        if (htmx != null) {
            // htmx (the filters changed): only the results, the form stays as the user left it
            return "plans/list :: results";
        }
        model.addAttribute("countries", reference.countries());
        model.addAttribute("regions", reference.regions());
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("agencies", agencies.activeAgencies());
        return "plans/list";
    }

    /** The new-plan form; {@code ?country=SLV} (ISO code, as the country picture links it) chooses the country. */
    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String country, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        plans.checkCanCreate();
        PlanForm form = new PlanForm();
        if (country != null && !country.isBlank()) {
            reference.countryByCode(country).map(CountryRef::id).ifPresent(form::setCountryId);
        }
        form.setConductorUserId(new ArrayList<>(List.of(user.id())));
        form.setParticipatingAgencyIds(new LinkedHashSet<>(Set.of(user.agencyId())));
        model.addAttribute("planForm", form);
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("planForm") PlanForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        plans.checkCanCreate();
        form.crossFieldErrors().forEach((field, key) -> binding.rejectValue(field, key));
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = plans.create(form.toCommand());
            redirect.addFlashAttribute("flash", "plan.created");
            return "redirect:/plans/" + id;
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int programsPage,
            @RequestParam(required = false) Long outcome, Model model) {
        PlanDetail plan = plans.get(id);
        model.addAttribute("plan", plan);
        model.addAttribute("programsPage", pageOf(plan.programs(), programsPage));
        // a large plan shows each outcome's first programs and its linking forms only for the outcome opened
        model.addAttribute("compact", plan.programs().size() > INLINE_PROGRAMS);
        model.addAttribute("openOutcome", outcome);
        model.addAttribute("balance", plans.balance(id));
        model.addAttribute("history", plans.history(id));
        model.addAttribute("sections", sections.renderDeferring(PageSection.PLAN, id));
        model.addAttribute("alerts", sections.render(PageSection.PLAN_ALERTS, id).stream()
                .filter(section -> section.data() != null).toList());
        model.addAttribute("canEdit", plans.canEdit(id));
        model.addAttribute("canContribute", plans.canContribute(id));
        List<PlanAction> possible = List.of(PlanAction.values()).stream()
                .filter(a -> plan.status().canMoveTo(a.target())).toList();
        model.addAttribute("actions", possible.stream().filter(a -> plans.canTransition(id, a)).toList());
        // separation of duties: the conductor sees why there is no "Approve" for them
        model.addAttribute("approvalByOthers", possible.contains(PlanAction.APPROVE)
                && !plans.canTransition(id, PlanAction.APPROVE) && plans.canEdit(id));
        PlanApproval approval = possible.contains(PlanAction.APPROVE) ? plans.approval(id) : null;
        model.addAttribute("approval", approval);
        model.addAttribute("defaultReviewDueDate", LocalDate.now(ZoneOffset.UTC).plusDays(PlanService.DEFAULT_REVIEW_DAYS));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("maxJustification", PlanService.MAX_JUSTIFICATION);
        return "plans/detail";
    }

    /**
     * One of the sections other modules contribute to the plan page, which the page loads once it is scrolled into view
     * (htmx: the section alone); without htmx, the section on a page of its own.
     */
    @GetMapping("/{id}/sections/{section}")
    String section(@PathVariable long id, @PathVariable String section,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
            Model model) {
        // the same address answers htmx with the section alone and a browser with a whole page
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        PlanContext plan = plans.context(id);
        model.addAttribute("section", sections.renderOne(PageSection.PLAN, section, id)
                .orElseThrow(() -> new NotFoundException("Country plan section", id + "/" + section)));
        if (htmx != null) {
            return "fragments/sections :: onDemand";
        }
        model.addAttribute("plan", plan);
        return "plans/section";
    }

    /**
     * Up to this many programs, the plan page shows every outcome's programs with their unlink buttons and a
     * select to link more; a plan of 500 programs would otherwise render some 500 forms and a 500-option select per
     * outcome (1.2 MB of HTML).
     */
    static final int INLINE_PROGRAMS = 25;
    static final int PROGRAMS_PAGE_SIZE = 25;

    private static <T> Page<T> pageOf(List<T> all, int requested) {
        int pages = Math.max(1, (all.size() + PROGRAMS_PAGE_SIZE - 1) / PROGRAMS_PAGE_SIZE);
        int number = Math.min(Math.max(requested, 0), pages - 1);
        int from = number * PROGRAMS_PAGE_SIZE;
        return new PageImpl<>(all.subList(from, Math.min(all.size(), from + PROGRAMS_PAGE_SIZE)),
                PageRequest.of(number, PROGRAMS_PAGE_SIZE), all.size());
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        plans.checkCanEdit(id);
        model.addAttribute("planForm", PlanForm.from(plans.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("planForm") PlanForm form, BindingResult binding,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        plans.checkCanEdit(id);
        form.crossFieldErrors().forEach((field, key) -> binding.rejectValue(field, key));
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            plans.update(id, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, id);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return conflict(id, form, model);
        }
        redirect.addFlashAttribute("flash", "plan.updated");
        return "redirect:/plans/" + id;
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the plan. */
    @GetMapping("/{id}/{action:submit|return-to-draft|approve|archive}")
    String reloadTransition(@PathVariable long id, @PathVariable String action) {
        return "redirect:/plans/{id}";
    }

    /**
     * A status action. Submitting takes the review's due date ({@code reviewDueDate}, the default review length
     * without one); approving over a non-concurrence or an overdue answer takes an administrator's
     * {@code justification}; an irreversible one (archive) asks for confirmation first. Refusals of the input come
     * back as a message on the plan page, nothing changed.
     */
    @PostMapping("/{id}/{action:submit|return-to-draft|approve|archive}")
    String transition(@PathVariable long id, @PathVariable String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDueDate,
            @RequestParam(required = false) String justification,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        PlanAction planAction = PlanAction.fromPath(action).orElseThrow(() -> new NotFoundException("Country plan", id));
        if (planAction.irreversible() && !Confirmation.given(confirm)) {
            // nothing changes until the user confirms: the question, once allowed to take the action
            PlanDetail plan = plans.get(id);
            if (!plans.canTransition(id, planAction)) {
                throw new AccessDeniedException("may not " + planAction.path() + " this plan");
            }
            if (!plan.status().canMoveTo(planAction.target())) {
                // nothing to confirm: the plan cannot take this step now, which the page then says
                redirect.addFlashAttribute("flashError", "plan.status.illegal");
                return "redirect:/plans/" + id;
            }
            return Confirmation.page(model, "plan.confirm." + planAction.path(), List.of(plan.title()),
                    "plan.action." + planAction.path(), "/plans/" + id + "/" + planAction.path(), "/plans/" + id);
        }
        try {
            if (planAction == PlanAction.SUBMIT && reviewDueDate != null) {
                plans.submit(id, reviewDueDate);
            } else if (planAction == PlanAction.APPROVE && justification != null && !justification.isBlank()) {
                plans.approve(id, justification);
            } else {
                plans.transition(id, planAction);
            }
            redirect.addFlashAttribute("flash", "plan.status.changed");
        } catch (PlanTransitionException e) {
            redirect.addFlashAttribute("flashError", "plan.status.illegal");
        } catch (FieldValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
            return "redirect:/plans/" + id + (planAction == PlanAction.APPROVE ? "#approval-decision" : "");
        }
        return "redirect:/plans/" + id;
    }

    /** The country filter's id: by ISO code, or by id in older links; an unknown code matches no plan. */
    static Long countryFilter(ReferenceDataService reference, String parameter) {
        String asked = parameter == null ? "" : parameter.trim();
        if (asked.isEmpty()) {
            return null;
        }
        if (asked.matches("\\d{1,18}")) {
            return Long.valueOf(asked);
        }
        return reference.countryByCode(asked).map(CountryRef::id).orElse(NO_COUNTRY);
    }

    private String form(Model model, Long id) {
        model.addAttribute("planId", id);
        model.addAttribute("countries", reference.countries());
        model.addAttribute("conductors", plans.eligibleConductors());
        model.addAttribute("agencies", agencies.activeAgencies());
        return "plans/form";
    }

    /** The 409 page: the user's version next to the stored one, field by field ({@link PlanFields}). */
    private String conflict(long id, PlanForm yours, Model model) {
        PlanDetail stored = plans.get(id);
        Map<Long, String> countries = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, CountryRef::name, (a, b) -> a));
        Map<Long, String> users = new HashMap<>();
        plans.eligibleConductors().forEach(u -> users.put(u.id(), u.label()));
        users.put(stored.conductor().id(), stored.conductor().label());
        Map<Long, String> agencyCodes = new HashMap<>();
        agencies.byIds(yours.getParticipatingAgencyIds()).values().forEach(a -> agencyCodes.put(a.id(), a.code()));
        stored.participatingAgencies().forEach(a -> agencyCodes.put(a.id(), a.code()));
        PlanFields.Names names = new PlanFields.Names(countries::get, users::get, agencyCodes::get);
        PlanCommand storedValues = new PlanCommand(stored.country().id(), stored.title(), stored.startFiscalYear(),
                stored.endFiscalYear(), stored.desiredEndStates(), stored.conductor().id(),
                Set.copyOf(stored.participatingAgencyIds()));
        model.addAttribute("rows", PlanFields.describe(names).compare(yours.toCommand(), storedValues));
        model.addAttribute("stored", stored);
        model.addAttribute("reloadUrl", "/plans/" + id + "/edit");
        model.addAttribute("detailUrl", "/plans/" + id);
        return "error/conflict";
    }
}
