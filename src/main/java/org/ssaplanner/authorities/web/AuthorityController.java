package org.ssaplanner.authorities.web;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.authorities.AuthorityDuration;
import org.ssaplanner.authorities.AuthorityFilter;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.AuthorityStatus;
import org.ssaplanner.authorities.ExceptionApplies;
import org.ssaplanner.authorities.ProgramCategory;
import org.ssaplanner.authorities.SourceAct;
import org.ssaplanner.authorities.Statute;
import org.ssaplanner.authorities.condition.ConditionWording;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.SortColumns;
import org.ssaplanner.shared.web.Confirmation;
import org.ssaplanner.shared.web.FieldErrors;

@Controller
@RequestMapping("/authorities")
class AuthorityController {

    private static final int PAGE_SIZE = 25;

    /** The columns the catalogue sorts by (authority properties); by short name by default, ties by id. */
    static final SortColumns SORTS = SortColumns.tieBreaker("id")
            .ascending("name", "shortName")
            .ascending("citation", "citation")
            .ascending("title", "title")
            .ascending("statute", "statute")
            .descending("notification", "notificationDays")
            .byDefault("name", false);

    private final AuthorityService authorities;
    private final AgencyService agencies;
    private final ReferenceDataService reference;

    private final MessageSource messages;

    AuthorityController(AuthorityService authorities, AgencyService agencies, ReferenceDataService reference,
            MessageSource messages) {
        this.messages = messages;
        this.authorities = authorities;
        this.agencies = agencies;
        this.reference = reference;
    }

    @InitBinder("authorityForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(AuthorityForm.FIELDS);
    }

    @InitBinder("carriedExceptionForm")
    void allowCarriedExceptionFields(WebDataBinder binder) {
        binder.setAllowedFields(CarriedExceptionForm.FIELDS);
    }

    @GetMapping
    String list(@ModelAttribute("authoritySearch") AuthoritySearchParams params,
            @PageableDefault(size = PAGE_SIZE) Pageable pageable,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        AuthorityFilter filter = params.toFilter();
        // by short name unless a column header asked for another order (whitelisted: SORTS)
        ListSort order = SORTS.resolve(sort, dir);
        model.addAttribute("page", authorities.search(filter,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), SORTS.toSort(order))));
        model.addAttribute("listSort", order);
        model.addAttribute("filter", filter);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("agencyById", agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::id, Function.identity())));
        addChoices(model);
        // htmx (the filters changed): only the results, the form stays as the user left it
        return htmx != null ? "authorities/list :: results" : "authorities/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        var authority = authorities.get(id);
        model.addAttribute("authority", authority);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("agency", agencies.find(authority.managingAgencyId()).orElse(null));
        model.addAttribute("programs", authorities.programsUsing(id));
        model.addAttribute("history", authorities.history(id));
        var carried = authorities.carriedExceptions(id);
        model.addAttribute("carriedExceptions", carried);
        Locale locale = LocaleContextHolder.getLocale();
        ConditionWording wording = new ConditionWording(
                (key, arguments) -> messages.getMessage(key, arguments, key, locale),
                authorities.conditionValueLabels());
        model.addAttribute("conditionWords", carried.stream().filter(c -> c.carrier().conditionText() != null)
                .collect(Collectors.toMap(c -> c.carrier().id(), c -> Objects.toString(
                        wording.words(c.carrier().conditionText()), ""), (a, b) -> a)));
        if (!model.containsAttribute("carriedExceptionForm")) {
            model.addAttribute("carriedExceptionForm", new CarriedExceptionForm());
        }
        model.addAttribute("exceptionRestrictions", authorities.restrictionsWithExceptions());
        model.addAttribute("exceptionApplies", ExceptionApplies.values());
        addChoices(model);
        return "authorities/detail";
    }

    /**
     * Reloading the page after a failed save (a GET of the form's address): back to the authority and the
     * exceptions it carries.
     */
    @GetMapping("/{id}/exceptions")
    String reloadExceptions(@PathVariable long id) {
        return "redirect:/authorities/{id}#carried-heading";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/{id}/exceptions")
    String carryException(@PathVariable long id,
            @Valid @ModelAttribute("carriedExceptionForm") CarriedExceptionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                authorities.carryException(id, form.toCommand());
                redirect.addFlashAttribute("flash", "authority.exception.added");
                return "redirect:/authorities/" + id;
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return detail(id, model);
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the authority. */
    @GetMapping("/{id}/exceptions/{carriedId}/delete")
    String reloadStopCarrying(@PathVariable long id, @PathVariable long carriedId) {
        return "redirect:/authorities/{id}#carried-heading";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/{id}/exceptions/{carriedId}/delete")
    String stopCarrying(@PathVariable long id, @PathVariable long carriedId,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            if (authorities.carriedExceptions(id).stream().noneMatch(c -> c.carrier().id() == carriedId)) {
                throw new NotFoundException("Authority", id + "/exception/" + carriedId);
            }
            return Confirmation.page(model, "authority.exception.confirm.page", List.of(authorities.get(id).shortName()),
                    "authority.exception.remove", "/authorities/" + id + "/exceptions/" + carriedId + "/delete",
                    "/authorities/" + id + "#carried-heading");
        }
        authorities.stopCarrying(id, carriedId);
        redirect.addFlashAttribute("flash", "authority.exception.removed");
        return "redirect:/authorities/" + id;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("authorityForm", new AuthorityForm());
        return form(model, null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping
    String create(@Valid @ModelAttribute("authorityForm") AuthorityForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = authorities.create(form.toCommand());
            redirect.addFlashAttribute("flash", "authority.created");
            return "redirect:/authorities/" + id;
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, null);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("authorityForm", AuthorityForm.from(authorities.get(id)));
        return form(model, id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("authorityForm") AuthorityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            authorities.update(id, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "authority.updated");
        return "redirect:/authorities/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("authorityId", id);
        model.addAttribute("agencies", agencies.activeAgencies());
        model.addAttribute("durations", AuthorityDuration.values());
        model.addAttribute("categories", ProgramCategory.values());
        model.addAttribute("sourceActs", SourceAct.values());
        addChoices(model);
        return "authorities/form";
    }

    private void addChoices(Model model) {
        model.addAttribute("statutes", Statute.values());
        model.addAttribute("statuses", AuthorityStatus.values());
        model.addAttribute("agencies", agencies.activeAgencies());
        model.addAttribute("assistanceTypes", reference.assistanceTypes());
        model.addAttribute("recipientTypes", reference.recipientTypes());
        model.addAttribute("assistanceTypeNames", names(reference.assistanceTypes()));
        model.addAttribute("recipientTypeNames", names(reference.recipientTypes()));
    }

    private static Map<String, String> names(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name));
    }
}
