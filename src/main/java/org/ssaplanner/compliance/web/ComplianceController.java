package org.ssaplanner.compliance.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.compliance.CongressionalNotificationService;
import org.ssaplanner.compliance.Finding;
import org.ssaplanner.compliance.FindingFilter;
import org.ssaplanner.compliance.FindingQueryService;
import org.ssaplanner.compliance.FindingRecomputationService;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.web.FieldErrors;

/** Findings across programs, and one program's compliance with its congressional notifications. */
@Controller
@RequestMapping("/compliance")
class ComplianceController {

    private static final int PAGE_SIZE = 25;

    private final FindingQueryService findings;
    private final FindingRecomputationService recomputation;
    private final CongressionalNotificationService notifications;
    private final RestrictionService restrictions;
    private final AuthorityService authorities;
    private final ReferenceDataService reference;

    ComplianceController(FindingQueryService findings, FindingRecomputationService recomputation,
            CongressionalNotificationService notifications, RestrictionService restrictions,
            AuthorityService authorities, ReferenceDataService reference) {
        this.findings = findings;
        this.recomputation = recomputation;
        this.notifications = notifications;
        this.restrictions = restrictions;
        this.authorities = authorities;
        this.reference = reference;
    }

    /** The country filter: by its ISO code (?country=COL), or by its id in older links. */
    static Optional<CountryRef> country(ReferenceDataService reference, String parameter) {
        String asked = parameter == null ? "" : parameter.trim();
        if (asked.matches("\\d{1,18}")) {
            return reference.country(Long.valueOf(asked));
        }
        return asked.isEmpty() ? Optional.empty() : reference.countryByCode(asked);
    }

    /** The country filter's id; an unknown country matches nothing. */
    static Long countryId(String parameter, Optional<CountryRef> country) {
        String asked = parameter == null ? "" : parameter.trim();
        if (asked.matches("\\d{1,18}")) {
            return Long.valueOf(asked);
        }
        return asked.isEmpty() ? null : country.map(CountryRef::id).orElse(-1L);
    }

    @InitBinder("notificationForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(NotificationForm.FIELDS);
    }

    @GetMapping
    String list(@ModelAttribute("findingSearch") FindingSearchParams params,
            @PageableDefault(size = PAGE_SIZE) Pageable pageable,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Optional<CountryRef> country = country(reference, params.country());
        FindingFilter filter = params.toFilter(countryId(params.country(), country));
        model.addAttribute("countryCode", country.map(CountryRef::alpha3).orElse(null));
        // blocking first unless a column header asked for another order (whitelisted)
        ListSort order = FindingQueryService.order(sort, dir);
        model.addAttribute("page", findings.search(filter,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order.asKeySort())));
        model.addAttribute("listSort", order);
        model.addAttribute("filter", filter);
        // a program filter comes from a link (the waiver page): the form names the program instead of keeping a bare id
        if (filter.programId() != null && htmx == null) {
            model.addAttribute("programFilterTitle", recomputation.knownFacts(filter.programId())
                    .map(ProgramFacts::title).orElse(null));
            // the same filters without the program (only those set, so the address stays short)
            UriComponentsBuilder all = UriComponentsBuilder.fromPath("/compliance");
            if (country.isPresent()) {
                all.queryParam("country", country.get().alpha3());
            }
            if (filter.restrictionId() != null) {
                all.queryParam("restriction", filter.restrictionId());
            }
            if (filter.severity() != null) {
                all.queryParam("severity", filter.severity().name());
            }
            model.addAttribute("allProgramsUrl", all.build().toUriString());
        }
        model.addAttribute("countries", reference.countries());
        model.addAttribute("restrictions", restrictions.list());
        model.addAttribute("severities", FindingSeverity.values());
        return htmx != null ? "compliance/list :: results" : "compliance/list";
    }

    @GetMapping("/programs/{programId}")
    String program(@PathVariable long programId, Model model) {
        ProgramFacts facts = recomputation.knownFacts(programId)
                .orElseThrow(() -> new NotFoundException("Program", programId));
        model.addAttribute("facts", facts);
        // the recipient type by its name (Police), not its code
        model.addAttribute("recipientTypeName", facts.recipientTypeCode() == null ? null : reference.recipientTypes()
                .stream().filter(t -> t.code().equals(facts.recipientTypeCode())).map(ReferenceItem::name)
                .findFirst().orElse(facts.recipientTypeCode()));
        List<Finding> found = findings.findingsFor(programId);
        model.addAttribute("findings", found);
        model.addAttribute("relievable", findings.relievableRestrictionIds(found));
        model.addAttribute("notifications", notifications.notificationsFor(programId));
        model.addAttribute("programAuthorities", authorities.byIds(facts.authorityIds()).values());
        model.addAttribute("authorityById", authorities.byIds(facts.authorityIds()));
        model.addAttribute("country", reference.country(facts.countryId()).orElse(null));
        if (!model.containsAttribute("notificationForm")) {
            model.addAttribute("notificationForm", new NotificationForm());
        }
        return "compliance/program";
    }

    /**
     * Reloading the page after a failed save (a GET of the form's address): back to the program compliance page and
     * its notification form.
     */
    @GetMapping("/programs/{programId}/notifications")
    String reloadNotifications(@PathVariable long programId) {
        return "redirect:/compliance/programs/{programId}#notifications-heading";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @PostMapping("/programs/{programId}/notifications")
    String recordNotification(@PathVariable long programId, @Valid @ModelAttribute("notificationForm") NotificationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                notifications.recordNotification(form.toCommand(programId));
                redirect.addFlashAttribute("flash", "notification.recorded");
                return "redirect:/compliance/programs/" + programId;
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return program(programId, model);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @PostMapping("/programs/{programId}/recompute")
    String recompute(@PathVariable long programId, RedirectAttributes redirect) {
        recomputation.recompute(programId);
        redirect.addFlashAttribute("flash", "compliance.recomputed");
        return "redirect:/compliance/programs/" + programId;
    }
}
