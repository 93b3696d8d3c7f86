package org.ssaplanner.authorities.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
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
import org.ssaplanner.authorities.ProgramLookup;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverFilter;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverPermissions;
import org.ssaplanner.authorities.WaiverProgramChoices;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.authorities.WaiverStatus;
import org.ssaplanner.authorities.WaiverSummary;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.SortColumns;
import org.ssaplanner.shared.web.Confirmation;
import org.ssaplanner.shared.web.FieldErrors;

@Controller
@RequestMapping("/waivers")
class WaiverController {

    private static final int PAGE_SIZE = 25;
    /** How many programs the request form's program select lists; the program search finds the others. */
    static final int PROGRAM_CHOICES = 500;
    /** Programs the list's filter offers: the ones with the most waivers. */
    static final int PROGRAM_FILTER_CHOICES = 100;

    /** The columns the list sorts by (waiver properties); newest request first by default, ties by id. */
    static final SortColumns SORTS = SortColumns.tieBreaker("id")
            .descending("id", "id")
            .ascending("kind", "kind")
            .ascending("status", "status")
            .descending("period", "effectiveDate")
            .ascending("requestedBy", "requestedBy")
            .descending("requested", "requestedAt")
            .byDefault("requested", true);

    private final WaiverService waivers;
    private final RestrictionService restrictions;

    private final WaiverPermissions permissions;

    WaiverController(WaiverService waivers, RestrictionService restrictions, WaiverPermissions permissions) {
        this.permissions = permissions;
        this.waivers = waivers;
        this.restrictions = restrictions;
    }

    @InitBinder("waiverRequestForm")
    void allowRequestFields(WebDataBinder binder) {
        binder.setAllowedFields(WaiverRequestForm.FIELDS);
    }

    @InitBinder("waiverDecisionForm")
    void allowDecisionFields(WebDataBinder binder) {
        binder.setAllowedFields(WaiverDecisionForm.FIELDS);
    }

    @GetMapping
    String list(@ModelAttribute("waiverSearch") WaiverSearchParams params,
            @PageableDefault(size = PAGE_SIZE) Pageable pageable,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        WaiverFilter filter = params.toFilter();
        // newest request first unless a column header asked for another order (whitelisted: SORTS)
        ListSort order = SORTS.resolve(sort, dir);
        model.addAttribute("page", waivers.search(filter,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), SORTS.toSort(order))));
        model.addAttribute("listSort", order);
        model.addAttribute("filter", filter);
        model.addAttribute("today", today());
        if (htmx != null) {
            // htmx (the filters changed): only the results, the form stays as the user left it
            return "authorities/waivers/list :: results";
        }
        model.addAttribute("restrictions", restrictions.list());
        // the program filter chooses by title among the programs with the most waivers (the id stays the parameter)
        WaiverProgramChoices choices = waivers.programsWithWaivers(PROGRAM_FILTER_CHOICES);
        model.addAttribute("waiverPrograms", choices.programs());
        model.addAttribute("moreWaiverPrograms", choices.more());
        if (filter.programId() != null && choices.programs().stream().noneMatch(p -> p.programId() == filter.programId())) {
            model.addAttribute("chosenProgramTitle", waivers.programTitle(filter.programId()).orElse(null));
        }
        model.addAttribute("statuses", WaiverStatus.values());
        model.addAttribute("kinds", WaiverKind.values());
        return "authorities/waivers/list";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @GetMapping("/new")
    String newForm(@RequestParam(required = false) Long programId, @RequestParam(required = false) Long restrictionId,
            @RequestParam(required = false) WaiverKind kind, @RequestParam(required = false) String programSearch,
            Model model) {
        if (programId != null) {
            // refused on opening as on saving: a planner who does not answer for the program gets 403, not a form
            waivers.checkCanRequestFor(programId);
        }
        WaiverRequestForm form = new WaiverRequestForm();
        form.setProgramId(programId);
        form.setRestrictionId(restrictionId);
        if (kind != null) {
            form.setKind(kind);
        }
        model.addAttribute("waiverRequestForm", form);
        if (programSearch != null) {
            model.addAttribute("programSearch", programSearch);
            model.addAttribute("programChoices", waivers.findPrograms(programSearch));
        }
        return form(model);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @PostMapping
    String request(@Valid @ModelAttribute("waiverRequestForm") WaiverRequestForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model);
        }
        if (form.getProgramId() != null && !waivers.mayRequestFor(form.getProgramId())) {
            binding.rejectValue("programId", "waiver.program.notResponsible");
            return form(model);
        }
        try {
            long id = waivers.request(form.toCommand());
            redirect.addFlashAttribute("flash", "waiver.requested");
            return "redirect:/waivers/" + id;
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        WaiverSummary waiver = waivers.get(id);
        if (!model.containsAttribute("waiverDecisionForm")) {
            WaiverDecisionForm form = new WaiverDecisionForm();
            form.setVersion(waiver.version());
            form.setEffectiveDate(today());
            model.addAttribute("waiverDecisionForm", form);
        }
        model.addAttribute("waiver", waiver);
        model.addAttribute("restriction", restrictions.get(waiver.restrictionId()));
        model.addAttribute("history", waivers.history(id));
        model.addAttribute("today", today());
        return "authorities/waivers/detail";
    }

    /**
     * Reloading the page after a failed save (a GET of the form's address): back to the waiver and its decision
     * form.
     */
    @GetMapping("/{id}/approve")
    String reloadApprove(@PathVariable long id) {
        return "redirect:/waivers/{id}#decision-heading";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @Valid @ModelAttribute("waiverDecisionForm") WaiverDecisionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                waivers.approve(id, form.getVersion(), form.toCommand());
                redirect.addFlashAttribute("flash", "waiver.approved");
                return "redirect:/waivers/" + id;
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return detail(id, model);
    }

    /**
     * Reloading the page after a failed save (a GET of the form's address): back to the waiver and its decision
     * form.
     */
    @GetMapping("/{id}/reject")
    String reloadReject(@PathVariable long id) {
        return "redirect:/waivers/{id}#decision-heading";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/{id}/reject")
    String rejectRequest(@PathVariable long id, @Valid @ModelAttribute("waiverDecisionForm") WaiverDecisionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                waivers.reject(id, form.getVersion(), form.getNote());
                redirect.addFlashAttribute("flash", "waiver.rejected");
                return "redirect:/waivers/" + id;
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return detail(id, model);
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the waiver. */
    @GetMapping("/{id}/withdraw")
    String reloadWithdraw(@PathVariable long id) {
        return "redirect:/waivers/{id}";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            Authentication authentication, RedirectAttributes redirect) {
        WaiverSummary pending = Confirmation.given(confirm) ? null : waivers.get(id);
        // a request already decided has nothing to confirm: the withdrawal refuses it below
        if (pending != null && pending.status() == WaiverStatus.REQUESTED) {
            // nothing changes until the user confirms: the question, once allowed to withdraw this request
            WaiverSummary waiver = pending;
            if (!permissions.mayWithdraw(waiver.requestedBy(), authentication)) {
                throw new AccessDeniedException("only the requester or an administrator may withdraw");
            }
            return Confirmation.page(model, "waiver.withdraw.confirm.page",
                    List.of(waiver.restrictionCitation(), waiver.programTitle()), "waiver.withdraw",
                    "/waivers/" + id + "/withdraw", "/waivers/" + id);
        }
        try {
            waivers.withdraw(id);
            redirect.addFlashAttribute("flash", "waiver.withdrawn");
        } catch (FieldValidationException e) {
            redirect.addFlashAttribute("flashError", "waiver.notPending.short");
        }
        return "redirect:/waivers/" + id;
    }

    private String form(Model model) {
        // the program is chosen by name: the programs the user may request for, by country; one asked for by id (a
        // link from the program's page, or what was sent) is among them even beyond the first PROGRAM_CHOICES
        List<ProgramLookup.ProgramChoice> choices = new ArrayList<>(waivers.programChoices(PROGRAM_CHOICES + 1));
        boolean capped = choices.size() > PROGRAM_CHOICES;
        if (capped) {
            choices = new ArrayList<>(choices.subList(0, PROGRAM_CHOICES));
        }
        if (model.getAttribute("waiverRequestForm") instanceof WaiverRequestForm form && form.getProgramId() != null
                && form.getProgramId() > 0) {
            long chosen = form.getProgramId();
            if (choices.stream().noneMatch(c -> c.programId() == chosen)) {
                waivers.programTitle(chosen).ifPresent(title -> model.addAttribute("programTitle", title));
            }
        }
        Map<String, List<ProgramLookup.ProgramChoice>> byCountry = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        choices.forEach(c -> byCountry.computeIfAbsent(c.countryName() == null ? "" : c.countryName(),
                country -> new ArrayList<>()).add(c));
        model.addAttribute("programOptions", byCountry);
        model.addAttribute("programOptionsCapped", capped);
        model.addAttribute("programOptionsLimit", PROGRAM_CHOICES);
        List<RestrictionDetail> all = restrictions.all();
        model.addAttribute("restrictions", all);
        model.addAttribute("kinds", WaiverKind.values());
        // a restriction chosen that can be neither waived nor excepted (Leahy): say so before the user writes a request
        if (model.getAttribute("waiverRequestForm") instanceof WaiverRequestForm form && form.getRestrictionId() != null) {
            all.stream().filter(r -> r.id() == form.getRestrictionId() && !r.waivable() && r.exceptions().isEmpty())
                    .findFirst().ifPresent(r -> model.addAttribute("notRelievable", r));
        }
        return "authorities/waivers/form";
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
