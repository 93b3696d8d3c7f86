package org.ssaplanner.suggestions.web;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.suggestions.SuggestionService;

/**
 * Who else could help a plan ({@code /plans/{id}/suggestions}): the suggestions with their reasons, the dismissed
 * ones with theirs, and the conductor's invite and dismiss actions (PRG).
 */
@Controller
@RequestMapping("/plans/{id}/suggestions")
class SuggestionController {

    private final SuggestionService suggestions;
    private final MessageSource messages;

    SuggestionController(SuggestionService suggestions, MessageSource messages) {
        this.suggestions = suggestions;
        this.messages = messages;
    }

    @InitBinder("dismissForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(DismissForm.FIELDS);
    }

    @GetMapping
    String list(@PathVariable long id, Model model) {
        model.addAttribute("data", suggestions.forPlan(id));
        return "suggestions/list";
    }

    /** Invites the agency; a refusal (inactive, already taking part) comes back as a message on the list. */
    @PostMapping("/{agencyId}/invite")
    String invite(@PathVariable long id, @PathVariable long agencyId, RedirectAttributes redirect) {
        try {
            suggestions.invite(id, agencyId);
            redirect.addFlashAttribute("flash", "suggestion.invited");
        } catch (FieldValidationException e) {
            redirect.addFlashAttribute("refusal", messages.getMessage(e.messageKey(), e.arguments(),
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/plans/{id}/suggestions";
    }

    @GetMapping("/{agencyId}/dismiss")
    String dismissForm(@PathVariable long id, @PathVariable long agencyId, Model model) {
        suggestions.checkCanAct(id);
        model.addAttribute("dismissForm", new DismissForm());
        return dismissPage(id, agencyId, model);
    }

    @PostMapping("/{agencyId}/dismiss")
    String dismiss(@PathVariable long id, @PathVariable long agencyId,
            @Valid @ModelAttribute("dismissForm") DismissForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        suggestions.checkCanAct(id);
        if (binding.hasErrors()) {
            return dismissPage(id, agencyId, model);
        }
        try {
            suggestions.dismiss(id, agencyId, form.getReason());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return dismissPage(id, agencyId, model);
        }
        redirect.addFlashAttribute("flash", "suggestion.dismissed");
        return "redirect:/plans/{id}/suggestions";
    }

    private String dismissPage(long id, long agencyId, Model model) {
        model.addAttribute("suggestion", suggestions.suggestion(id, agencyId));
        model.addAttribute("data", suggestions.forPlan(id));
        return "suggestions/dismiss";
    }
}
