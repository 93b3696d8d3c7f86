package org.ssaplanner.workforce.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.Confirmation;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.workforce.CertificationFrameworkService;
import org.ssaplanner.workforce.WorkloadRuleService;

/** Administrators edit the workload rules ({@code /admin/workload-rules}; data, like the objective taxonomy's rules). */
@Controller
@RequestMapping("/admin/workload-rules")
class WorkloadRuleAdminController {

    private final WorkloadRuleService rules;
    private final ReferenceDataService reference;
    private final CertificationFrameworkService framework;

    WorkloadRuleAdminController(WorkloadRuleService rules, ReferenceDataService reference,
            CertificationFrameworkService framework) {
        this.rules = rules;
        this.reference = reference;
        this.framework = framework;
    }

    @InitBinder("workloadRuleForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(WorkloadRuleForm.FIELDS);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", rules.rules());
        model.addAttribute("assistanceTypeNames", reference.assistanceTypes().stream()
                .collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name, (a, b) -> a)));
        return "workforce/workload-rules";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        rules.rules();
        model.addAttribute("workloadRuleForm", WorkloadRuleForm.blank());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("workloadRuleForm") WorkloadRuleForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        rules.rules();
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            rules.create(form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "workforce.rule.saved");
        return "redirect:/admin/workload-rules";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("workloadRuleForm", WorkloadRuleForm.from(rules.get(id)));
        return form(model, id);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the rule form. */
    @GetMapping("/{id}")
    String reloadRule(@PathVariable long id) {
        return "redirect:/admin/workload-rules/{id}/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("workloadRuleForm") WorkloadRuleForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        rules.get(id);
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            rules.update(id, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "workforce.rule.saved");
        return "redirect:/admin/workload-rules";
    }

    /** Reloading the confirmation page (a GET of its address): back to the rules. */
    @GetMapping("/{id}/remove")
    String reloadRemove(@PathVariable long id) {
        return "redirect:/admin/workload-rules";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        rules.get(id);
        if (!Confirmation.given(confirm)) {
            return Confirmation.page(model, "workforce.rule.remove.confirm.page", List.of(), "common.remove",
                    "/admin/workload-rules/" + id + "/remove", "/admin/workload-rules");
        }
        rules.delete(id);
        redirect.addFlashAttribute("flash", "workforce.rule.removed");
        return "redirect:/admin/workload-rules";
    }

    private String form(Model model, Long id) {
        model.addAttribute("ruleId", id);
        model.addAttribute("assistanceTypes", reference.assistanceTypes());
        model.addAttribute("statuses", ProgramStatus.values());
        model.addAttribute("levels", framework.levels().stream().filter(l -> !l.retired()).toList());
        return "workforce/workload-rule-form";
    }
}
