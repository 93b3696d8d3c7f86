package org.ssaplanner.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.ssaplanner.programs.ProgramAction;
import org.ssaplanner.programs.ProgramDetail;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.programs.ProgramDraft;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.programs.ProgramStatusService;
import org.ssaplanner.programs.ProgramTransitionException;
import org.ssaplanner.programs.ProgramValidationException;
import org.ssaplanner.programs.TaxonomyService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUser;
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

    @PostMapping("/plans/{planId}/programs")
    String create(@PathVariable long planId, @Valid @ModelAttribute("programForm") ProgramForm form,
            BindingResult binding, @RequestParam(required = false) String suggest,
            @RequestParam(required = false) String applySuggestion, Model model, RedirectAttributes redirect) {
        PlanContext plan = programs.checkCanCreate(planId);
        if (suggest != null || applySuggestion != null) {
            return suggestOnForm(form, applySuggestion != null, model, plan, null);
        }
        form.crossFieldErrors().forEach((field, key) -> binding.rejectValue(field, key));
        if (binding.hasErrors()) {
            return form(model, plan, null);
        }
        try {
            long id = form.getImportedActivity() == null ? programs.create(planId, form.toCommand())
                    : programs.createFrom(planId, form.toCommand(), form.getImportedActivity());
            redirect.addFlashAttribute("flash", "program.created");
            return "redirect:/programs/" + id;
        } catch (ProgramValidationException e) {
            reject(binding, e);
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
        form.crossFieldErrors().forEach((field, key) -> binding.rejectValue(field, key));
        if (binding.hasErrors()) {
            return form(model, plan, id);
        }
        try {
            programs.update(id, form.getVersion(), form.toCommand());
        } catch (ProgramValidationException e) {
            reject(binding, e);
            return form(model, plan, id);
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return conflict(form, details.get(id), model);
        }
        redirect.addFlashAttribute("flash", "program.updated");
        return "redirect:/programs/" + id;
    }

    // ---------------------------------------------------------------- status, funding, categories

    @PostMapping("/programs/{id}/{action:activate|suspend|complete|terminate}")
    String transition(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect,
            Locale locale) {
        ProgramAction programAction = ProgramAction.fromPath(action).orElseThrow(() -> new NotFoundException("Program", id));
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

    @PostMapping("/programs/{id}/funding")
    String saveFunding(@PathVariable long id, @Valid @ModelAttribute("fundingLineForm") FundingLineForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        programs.checkCanEdit(id);
        if (!binding.hasErrors()) {
            try {
                programs.saveFundingLine(id, form.toCommand());
                redirect.addFlashAttribute("flash", "funding.saved");
                return "redirect:/programs/" + id + "#funding";
            } catch (ProgramValidationException e) {
                reject(binding, e);
            }
        }
        return detailPage(id, model);
    }

    @PostMapping("/programs/{id}/funding/{lineId}/remove")
    String removeFunding(@PathVariable long id, @PathVariable long lineId, RedirectAttributes redirect) {
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

    private static void reject(BindingResult binding, ProgramValidationException e) {
        for (ProgramValidationException.Violation v : e.violations()) {
            binding.rejectValue(v.field(), v.messageKey());
        }
    }

    /** The 409 page for programs: the user's values next to the stored ones, field by field. */
    private String conflict(ProgramForm yours, ProgramDetail stored, Model model) {
        Map<Long, String> agencyCodes = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, AgencySummary::code));
        Map<Long, String> authorityNames = programs.authorityOptions().stream()
                .collect(Collectors.toMap(AuthorityOption::id, AuthorityOption::shortName));
        Map<String, String> types = reference.assistanceTypes().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
        Function<Collection<Long>, String> agencyList = ids -> ids.stream().map(agencyCodes::get)
                .filter(Objects::nonNull).sorted().collect(Collectors.joining(", "));
        List<ConflictRow> rows = new ArrayList<>();
        rows.add(new ConflictRow("program.title", yours.getTitle(), stored.title()));
        rows.add(new ConflictRow("program.description", yours.getDescription(), stored.description()));
        rows.add(new ConflictRow("program.leadAgency", agencyCodes.get(yours.getLeadAgencyId()),
                agencyCodes.get(stored.leadAgencyId())));
        rows.add(new ConflictRow("program.supportingAgencies", agencyList.apply(yours.getSupportingAgencyIds()),
                agencyList.apply(stored.supportingAgencyIds())));
        rows.add(new ConflictRow("program.authorities", yours.getAuthorityIds().stream().map(authorityNames::get)
                .filter(Objects::nonNull).sorted().collect(Collectors.joining(", ")),
                stored.authorities().stream().map(AuthorityOption::shortName).sorted().collect(Collectors.joining(", "))));
        rows.add(new ConflictRow("program.assistanceType", types.get(yours.getAssistanceTypeCode()),
                stored.assistanceTypeName()));
        rows.add(new ConflictRow("program.recipientType", yours.getRecipientTypeCode(), stored.recipientTypeCode()));
        rows.add(new ConflictRow("program.capabilityDomains", String.join(", ", yours.getCapabilityDomainCodes().stream().sorted().toList()),
                String.join(", ", stored.capabilityDomainCodes().stream().sorted().toList())));
        rows.add(new ConflictRow("program.categories", yours.getCategories().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(", ")), stored.categories().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(", "))));
        rows.add(new ConflictRow("program.primaryCategory", text(yours.getPrimaryCategory()), text(stored.primaryCategory())));
        rows.add(new ConflictRow("program.horizon", text(yours.getHorizon()), text(stored.horizon())));
        rows.add(new ConflictRow("program.priority", text(yours.getPriority()), text(stored.priority())));
        rows.add(new ConflictRow("program.risk", text(yours.getRisk()), text(stored.risk())));
        rows.add(new ConflictRow("program.startDate", text(yours.getStartDate()), text(stored.startDate())));
        rows.add(new ConflictRow("program.endDate", text(yours.getEndDate()), text(stored.endDate())));
        rows.add(new ConflictRow("program.absorptiveCapacityAssessment", yours.getAbsorptiveCapacityAssessment(),
                stored.absorptiveCapacityAssessment()));
        rows.add(new ConflictRow("program.absorptiveCapacityRating", text(yours.getAbsorptiveCapacityRating()),
                text(stored.absorptiveCapacityRating())));
        rows.add(new ConflictRow("program.sustainer", yours.getSustainer(), stored.sustainer()));
        rows.add(new ConflictRow("program.sustainmentAnnualCost", text(yours.getSustainmentAnnualCost()),
                text(stored.sustainmentAnnualCost())));
        model.addAttribute("rows", rows);
        model.addAttribute("stored", stored);
        model.addAttribute("reloadUrl", "/programs/" + stored.id() + "/edit");
        model.addAttribute("detailUrl", "/programs/" + stored.id());
        return "error/conflict";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** One field of the conflict page: label key, the value the user sent, the value stored now. */
    record ConflictRow(String labelKey, String yours, String stored) {

        public boolean differs() {
            return !Objects.equals(Objects.toString(yours, ""), Objects.toString(stored, ""));
        }
    }
}
