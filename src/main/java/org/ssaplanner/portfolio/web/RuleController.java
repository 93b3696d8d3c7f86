package org.ssaplanner.portfolio.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.portfolio.Performance;
import org.ssaplanner.portfolio.Recommendation;
import org.ssaplanner.portfolio.RiskLevel;
import org.ssaplanner.portfolio.RuleService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.FieldErrors;

/** The recommendation rules ({@code /portfolio/rules}): each explained; administrators add, edit and remove them. */
@Controller
class RuleController {

    private final RuleService rules;

    RuleController(RuleService rules) {
        this.rules = rules;
    }

    @InitBinder("ruleForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(RuleForm.FIELDS);
    }

    @GetMapping("/portfolio/rules")
    String list(Model model) {
        model.addAttribute("rules", rules.rules());
        return "portfolio/rules";
    }

    @GetMapping("/portfolio/rules/new")
    String newRule(Model model) {
        rules.checkCanEdit();
        RuleForm form = new RuleForm();
        form.setPosition(rules.rules().stream().mapToInt(r -> r.rule().position()).max().orElse(0) + 10);
        model.addAttribute("ruleForm", form);
        return form(null, model);
    }

    @PostMapping("/portfolio/rules")
    String create(@Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        rules.checkCanEdit();
        if (binding.hasErrors()) {
            return form(null, model);
        }
        try {
            rules.create(form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(null, model);
        }
        redirect.addFlashAttribute("flash", "portfolio.rule.saved");
        return "redirect:/portfolio/rules";
    }

    @GetMapping("/portfolio/rules/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        rules.checkCanEdit();
        var view = rules.rule(id);
        model.addAttribute("ruleForm", RuleForm.from(view.rule(), view.version()));
        return form(id, model);
    }

    /** Reloading the page after a failed save: back to the rule's form. */
    @GetMapping("/portfolio/rules/{id}")
    String reload(@PathVariable long id) {
        return "redirect:/portfolio/rules/" + id + "/edit";
    }

    @PostMapping("/portfolio/rules/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("ruleForm") RuleForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        rules.checkCanEdit();
        rules.rule(id);
        if (binding.hasErrors()) {
            return form(id, model);
        }
        try {
            rules.update(id, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(id, model);
        }
        redirect.addFlashAttribute("flash", "portfolio.rule.saved");
        return "redirect:/portfolio/rules";
    }

    @PostMapping("/portfolio/rules/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        rules.delete(id);
        redirect.addFlashAttribute("flash", "portfolio.rule.removed");
        return "redirect:/portfolio/rules";
    }

    private String form(Long id, Model model) {
        model.addAttribute("ruleId", id);
        model.addAttribute("recommendationChoices", Recommendation.values());
        model.addAttribute("performanceChoices", Performance.values());
        model.addAttribute("riskChoices", RiskLevel.values());
        return "portfolio/rule-form";
    }
}
