package org.ssaplanner.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.AuthorityOption;
import org.ssaplanner.programs.CategorySuggestion;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.ObligationWhileBlockedException;
import org.ssaplanner.programs.ProgramAction;
import org.ssaplanner.programs.ProgramDetail;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.programs.ProgramDraft;
import org.ssaplanner.programs.ProgramFields;
import org.ssaplanner.programs.ProgramRules;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.programs.ProgramStatusService;
import org.ssaplanner.programs.ProgramTransitionException;
import org.ssaplanner.programs.TaxonomyService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.web.Confirmation;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.shared.web.PageSections;
import org.ssaplanner.shared.web.RequestValues;

/**
 * A program's page and its changes: create (also from an imported activity), edit with the 409 page, status,
 * funding lines, the suggested objective categories.
 */
@Controller
class ProgramEditController {

    private final ProgramService programs;
    private final ProgramStatusService status;
    private final ProgramDetailService details;
    private final PlanService plans;
    private final TaxonomyService taxonomy;
    private final AgencyService agencies;
    private final ReferenceDataService reference;
    private final PartnerUnitService units;
    private final MessageSource messages;
    private final PageSections sections;

    ProgramEditController(ProgramService programs, ProgramStatusService status, ProgramDetailService details,
            PlanService plans, TaxonomyService taxonomy, AgencyService agencies, ReferenceDataService reference,
            PartnerUnitService units, MessageSource messages, PageSections sections) {
        this.programs = programs;
        this.status = status;
        this.details = details;
        this.plans = plans;
        this.taxonomy = taxonomy;
        this.agencies = agencies;
        this.reference = reference;
        this.units = units;
        this.messages = messages;
        this.sections = sections;
    }

    @InitBinder("programForm")
    void allowProgramFields(WebDataBinder binder) {
        binder.setAllowedFields(ProgramForm.FIELDS);
    }

    @InitBinder("fundingLineForm")
    void allowFundingFields(WebDataBinder binder) {
        binder.setAllowedFields(FundingLineForm.FIELDS);
    }

    // ---------------------------------------------------------------- create and edit

    @GetMapping("/plans/{planId}/programs/new")
    String newForm(@PathVariable long planId, @RequestParam(required = false) String importedActivity,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanContext plan = programs.checkCanCreate(planId);
        ProgramForm form = new ProgramForm();
        if (plan.participatingAgencyIds().contains(user.agencyId())) {
            form.setLeadAgencyId(user.agencyId());
        }
        form.setPriority(Level.MEDIUM);
        form.setRisk(Level.MEDIUM);
        if (importedActivity != null) {
            // pre-filled by the module the reference comes from (interchange: an imported activity of the plan's country)
            ProgramDraft draft = programs.draft(plan, importedActivity)
                    .orElseThrow(() -> new NotFoundException("Imported activity", importedActivity));
            form.startFrom(draft);
            model.addAttribute("sourceActivity", draft);
        }
        model.addAttribute("programForm", form);
        return form(model, plan, null);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the new-program form. */
    @GetMapping("/plans/{planId}/programs")
    String reloadNewProgram(@PathVariable long planId) {
        return "redirect:/plans/{planId}/programs/new";
    }

    @PostMapping("/plans/{planId}/programs")
    String create(@PathVariable long planId, @Valid @ModelAttribute("programForm") ProgramForm form,
            BindingResult binding, @RequestParam(required = false) String suggest,
            @RequestParam(required = false) String applySuggestion, Model model, RedirectAttributes redirect) {
        PlanContext plan = programs.checkCanCreate(planId);
        if (suggest != null || applySuggestion != null) {
            return suggestOnForm(form, applySuggestion != null, model, plan, null);
        }
        if (refused(form, binding)) {
            return form(model, plan, null);
        }
        try {
            long id = form.getImportedActivity() == null ? programs.create(planId, form.toCommand())
                    : programs.createFrom(planId, form.toCommand(), form.getImportedActivity());
            redirect.addFlashAttribute("flash", "program.created");
            return "redirect:/programs/" + id;
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, plan, null);
        }
    }

    @GetMapping("/programs/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("fundingLineForm", new FundingLineForm());
        return detailPage(id, model);
    }

    @GetMapping("/programs/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        programs.checkCanEdit(id);
        ProgramDetail program = details.get(id);
        model.addAttribute("programForm", ProgramForm.from(program));
        return form(model, plans.context(program.planId()), id);
    }

    @PostMapping("/programs/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("programForm") ProgramForm form,
            BindingResult binding, @RequestParam(required = false) String suggest,
            @RequestParam(required = false) String applySuggestion, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        programs.checkCanEdit(id);
        ProgramDetail stored = details.get(id);
        PlanContext plan = plans.context(stored.planId());
        if (suggest != null || applySuggestion != null) {
            return suggestOnForm(form, applySuggestion != null, model, plan, id);
        }
        if (refused(form, binding)) {
            return form(model, plan, id);
        }
        try {
            programs.update(id, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, plan, id);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return conflict(form, details.get(id), model);
        }
        redirect.addFlashAttribute("flash", "program.updated");
        return "redirect:/programs/" + id;
    }

    // ---------------------------------------------------------------- status, funding, categories

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the program. */
    @GetMapping("/programs/{id}/{action:activate|suspend|complete|terminate}")
    String reloadTransition(@PathVariable long id, @PathVariable String action) {
        return "redirect:/programs/{id}";
    }

    @PostMapping("/programs/{id}/{action:activate|suspend|complete|terminate}")
    String transition(@PathVariable long id, @PathVariable String action,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect, Locale locale) {
        ProgramAction programAction = ProgramAction.fromPath(action).orElseThrow(() -> new NotFoundException("Program", id));
        if (programAction.irreversible() && !Confirmation.given(confirm)) {
            // nothing changes until the user confirms: the question, once allowed to act
            programs.checkCanEdit(id);
            ProgramDetail program = details.get(id);
            // a program that cannot take this step now has nothing to confirm: the transition refuses it below
            if (program.status().canMoveTo(programAction.target())) {
                return Confirmation.page(model, "program.confirm." + programAction.path(), List.of(program.title()),
                        "program.action." + programAction.path(), "/programs/" + id + "/" + programAction.path(),
                        "/programs/" + id);
            }
        }
        try {
            status.transition(id, programAction);
            redirect.addFlashAttribute("flash", "program.status.changed");
        } catch (ProgramTransitionException e) {
            redirect.addFlashAttribute("flashError", "program.status.refused");
            redirect.addFlashAttribute("reasons", e.reasons().stream()
                    .map(reason -> messages.getMessage(reason, null, reason, locale)).toList());
        }
        return "redirect:/programs/" + id;
    }

    /**
     * Reloading the page after a failed save (a GET of the form's address): back to the program and its funding
     * form.
     */
    @GetMapping("/programs/{id}/funding")
    String reloadFunding(@PathVariable long id) {
        return "redirect:/programs/{id}#funding";
    }

    @PostMapping("/programs/{id}/funding")
    String saveFunding(@PathVariable long id, @Valid @ModelAttribute("fundingLineForm") FundingLineForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        programs.checkCanEdit(id);
        if (!binding.hasErrors()) {
            try {
                programs.saveFundingLine(id, form.toCommand(), form.isConfirmWhileBlocked());
                redirect.addFlashAttribute("flash", form.isConfirmWhileBlocked() ? "funding.savedWhileBlocked"
                        : "funding.saved");
                return "redirect:/programs/" + id + "#funding";
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            } catch (ObligationWhileBlockedException e) {
                // nothing saved: the same form again, with the findings named and the box to confirm
                form.setConfirmWhileBlocked(false);
                model.addAttribute("obligationBlockedBy", e.findings());
            }
        }
        return detailPage(id, model);
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the program's funding. */
    @GetMapping("/programs/{id}/funding/{lineId}/remove")
    String reloadRemoveFunding(@PathVariable long id, @PathVariable long lineId) {
        return "redirect:/programs/{id}#funding";
    }

    @PostMapping("/programs/{id}/funding/{lineId}/remove")
    String removeFunding(@PathVariable long id, @PathVariable long lineId,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            programs.checkCanEdit(id);
            return Confirmation.page(model, "funding.confirm.remove", List.of(details.get(id).title()),
                    "common.remove", "/programs/" + id + "/funding/" + lineId + "/remove", "/programs/" + id + "#funding");
        }
        programs.removeFundingLine(id, lineId);
        redirect.addFlashAttribute("flash", "funding.removed");
        return "redirect:/programs/" + id + "#funding";
    }

    /*
     * The version is bound as text and read after the permission check: whoever may not edit the program is refused
     * (403) whatever they send; a missing or malformed version is bad input (400) only for those who may.
     */
    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    @PostMapping("/programs/{id}/categories/accept-suggestion")
    String acceptSuggestion(@PathVariable long id, @RequestParam(required = false) String version,
            RedirectAttributes redirect) throws MissingServletRequestParameterException {
        long expectedVersion = RequestValues.requiredLong("version", version);
        try {
            programs.acceptSuggestedCategories(id, expectedVersion);
            redirect.addFlashAttribute("flash", "program.suggestion.accepted");
        } catch (StaleEditException e) {
            redirect.addFlashAttribute("flashError", "program.suggestion.stale");
        }
        return "redirect:/programs/" + id;
    }

    // ---------------------------------------------------------------- helpers

    private String detailPage(long id, Model model) {
        ProgramDetail program = details.get(id);
        model.addAttribute("sections", sections.render(PageSection.PROGRAM, id));
        model.addAttribute("alerts", sections.render(PageSection.PROGRAM_ALERTS, id).stream()
                .filter(section -> section.data() != null).toList());
        CategorySuggestion suggestion = details.suggestion(id);
        boolean suggestionDiffers = !suggestion.isEmpty() && (suggestion.primary() != program.primaryCategory()
                || !program.categories().containsAll(suggestion.categories()));
        model.addAttribute("program", program);
        model.addAttribute("suggestion", suggestion);
        model.addAttribute("suggestionDiffers", suggestionDiffers);
        model.addAttribute("allCategories", ObjectiveCategory.values());
        model.addAttribute("canEdit", programs.canEdit(id));
        model.addAttribute("actions", List.of(ProgramAction.values()).stream()
                .filter(a -> program.status().canMoveTo(a.target())).toList());
        model.addAttribute("fundingAccounts", program.authorities().stream().map(AuthorityOption::fundingAccount)
                .distinct().toList());
        model.addAttribute("history", details.history(id));
        return "programs/detail";
    }

    private String suggestOnForm(ProgramForm form, boolean apply, Model model, PlanContext plan, Long id) {
        CategorySuggestion suggestion = taxonomy.suggest(form.getAssistanceTypeCode(),
                resolvedRecipientType(form), form.getCapabilityDomainCodes());
        if (apply) {
            form.applySuggestion(suggestion.categories());
            model.addAttribute("suggestionApplied", !suggestion.isEmpty());
        }
        model.addAttribute("suggestion", suggestion);
        return form(model, plan, id);
    }

    private String resolvedRecipientType(ProgramForm form) {
        // the form's text is trimmed, blank as null, by TrimmedText
        if (form.getRecipientTypeCode() != null) {
            return form.getRecipientTypeCode();
        }
        if (form.getRecipientUnitId() != null) {
            return units.byIds(List.of(form.getRecipientUnitId())).values().stream().findFirst()
                    .map(u -> u.forceTypeCode()).orElse(null);
        }
        return form.getNewUnitForceType();
    }

    private String form(Model model, PlanContext plan, Long id) {
        List<AgencySummary> all = agencies.activeAgencies();
        model.addAttribute("plan", plan);
        model.addAttribute("programId", id);
        model.addAttribute("leadAgencies", all.stream().filter(a -> plan.participatingAgencyIds().contains(a.id())).toList());
        model.addAttribute("agencies", all);
        model.addAttribute("authorities", programs.authorityOptions());
        model.addAttribute("assistanceTypes", reference.assistanceTypes());
        model.addAttribute("recipientTypes", reference.recipientTypes());
        model.addAttribute("capabilityDomains", reference.capabilityDomains());
        model.addAttribute("units", units.unitsOfCountry(plan.countryId()));
        model.addAttribute("categories", ObjectiveCategory.values());
        model.addAttribute("horizons", Horizon.values());
        model.addAttribute("levels", Level.values());
        return "programs/form";
    }

    /**
     * The form's own checks before saving. When the form is refused anyway, the program's rules among its own fields
     * ({@link ProgramRules#ownFields}) are added so that the user sees every message at once; otherwise the service
     * is the one place that checks them (and refuses with a {@link FieldValidationException}).
     */
    private static boolean refused(ProgramForm form, BindingResult binding) {
        form.crossFieldErrors().forEach(binding::rejectValue);
        if (!binding.hasErrors()) {
            return false;
        }
        List<Violation> rules = ProgramRules.ownFields(form.getStartDate(), form.getEndDate(), form.getAuthorityIds(),
                form.getCategories(), form.getPrimaryCategory());
        if (!rules.isEmpty()) {
            FieldErrors.reject(binding, new FieldValidationException(rules));
        }
        return true;
    }

    /** The 409 page for programs: the user's values next to the stored ones, field by field ({@link ProgramFields}). */
    private String conflict(ProgramForm yours, ProgramDetail stored, Model model) {
        ProgramFields.Names names = new ProgramFields.Names(agencies, programs.authorityOptions(), reference, units,
                messages);
        model.addAttribute("rows", ProgramFields.describe(names).compare(yours.toCommand(),
                ProgramForm.from(stored).toCommand()));
        model.addAttribute("stored", stored);
        model.addAttribute("reloadUrl", "/programs/" + stored.id() + "/edit");
        model.addAttribute("detailUrl", "/programs/" + stored.id());
        return "error/conflict";
    }
}
