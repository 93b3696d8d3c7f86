package org.ssaplanner.authorities.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.RestrictionSeverity;
import org.ssaplanner.authorities.RestrictionSummary;
import org.ssaplanner.authorities.condition.ConditionVocabulary;
import org.ssaplanner.authorities.condition.ConditionWording;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.SortColumns;
import org.ssaplanner.shared.web.Confirmation;
import org.ssaplanner.shared.web.FieldErrors;

@Controller
@RequestMapping("/restrictions")
class RestrictionController {

    private final RestrictionService restrictions;
    private final MessageSource messages;

    RestrictionController(RestrictionService restrictions, MessageSource messages) {
        this.restrictions = restrictions;
        this.messages = messages;
    }

    @InitBinder("restrictionForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(RestrictionForm.FIELDS);
    }

    @InitBinder("exceptionForm")
    void allowExceptionFields(WebDataBinder binder) {
        binder.setAllowedFields(ExceptionForm.FIELDS);
    }

    /** The columns the catalogue sorts by (restriction properties); by code by default, ties by id. */
    static final SortColumns SORTS = SortColumns.tieBreaker("id")
            .ascending("code", "code")
            .ascending("citation", "citation")
            .ascending("title", "title")
            .descending("waivable", "waivable")
            .ascending("severity", "severity")
            .byDefault("code", false);

    @GetMapping
    String list(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        // by code unless a column header asked for another order (whitelisted)
        ListSort order = SORTS.resolve(sort, dir);
        var found = restrictions.list(SORTS.toSort(order));
        model.addAttribute("restrictions", found);
        ConditionWording wording = wording();
        model.addAttribute("conditionWords", found.stream().collect(Collectors.toMap(RestrictionSummary::id,
                r -> Objects.toString(wording.words(r.conditionText()), ""), (a, b) -> a)));
        model.addAttribute("listSort", order);
        return htmx != null ? "authorities/restrictions/list :: results" : "authorities/restrictions/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        if (!model.containsAttribute("exceptionForm")) {
            model.addAttribute("exceptionForm", new ExceptionForm());
        }
        var restriction = restrictions.get(id);
        model.addAttribute("restriction", restriction);
        model.addAttribute("conditionWords", wording().words(restriction.conditionText()));
        model.addAttribute("history", restrictions.history(id));
        return "authorities/restrictions/detail";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("restrictionForm", new RestrictionForm());
        return form(model, null);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping
    String create(@Valid @ModelAttribute("restrictionForm") RestrictionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = restrictions.create(form.toCommand());
            redirect.addFlashAttribute("flash", "restriction.created");
            return "redirect:/restrictions/" + id;
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, null);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("restrictionForm", RestrictionForm.from(restrictions.get(id)));
        return form(model, id);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("restrictionForm") RestrictionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            restrictions.update(id, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "restriction.updated");
        return "redirect:/restrictions/" + id;
    }

    /**
     * Reloading the page after a failed save (a GET of the form's address): back to the restriction and its
     * exception form.
     */
    @GetMapping("/{id}/exceptions")
    String reloadExceptions(@PathVariable long id) {
        return "redirect:/restrictions/{id}#exceptions-heading";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/{id}/exceptions")
    String addException(@PathVariable long id, @Valid @ModelAttribute("exceptionForm") ExceptionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                restrictions.addException(id, form.toCommand());
                redirect.addFlashAttribute("flash", "restriction.exception.added");
                return "redirect:/restrictions/" + id;
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return detail(id, model);
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the restriction. */
    @GetMapping("/{id}/exceptions/{exceptionId}/delete")
    String reloadRemoveException(@PathVariable long id, @PathVariable long exceptionId) {
        return "redirect:/restrictions/{id}";
    }

    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/{id}/exceptions/{exceptionId}/delete")
    String removeException(@PathVariable long id, @PathVariable long exceptionId,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            RestrictionDetail restriction = restrictions.get(id);
            RestrictionDetail.StatutoryException exception = restriction.exception(exceptionId)
                    .orElseThrow(() -> new NotFoundException("Restriction", id + "/exception/" + exceptionId));
            return Confirmation.page(model, "restriction.exception.confirm.page",
                    List.of(exception.citation(), restriction.citation()), "restriction.exception.remove",
                    "/restrictions/" + id + "/exceptions/" + exceptionId + "/delete", "/restrictions/" + id);
        }
        try {
            restrictions.removeException(id, exceptionId);
            redirect.addFlashAttribute("flash", "restriction.exception.removed");
        } catch (FieldValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/restrictions/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("restrictionId", id);
        model.addAttribute("severities", RestrictionSeverity.values());
        model.addAttribute("terms", ConditionVocabulary.TERMS);
        model.addAttribute("termValues", restrictions.conditionValues());
        return "authorities/restrictions/form";
    }

    /** Conditions in plain words, with the labels of the values users read. */
    private ConditionWording wording() {
        Locale locale = LocaleContextHolder.getLocale();
        return new ConditionWording((key, arguments) -> messages.getMessage(key, arguments, key, locale),
                restrictions.conditionValueLabels());
    }
}
