package org.ssaplanner.programs.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
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
import org.ssaplanner.programs.TaxonomyService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.Confirmation;
import org.ssaplanner.shared.web.FieldErrors;

/** Administrators edit the objective taxonomy's rules (data, not code). */
@Controller
@RequestMapping("/admin/taxonomy")
class TaxonomyAdminController {

    private final TaxonomyService taxonomy;
    private final ReferenceDataService reference;

    TaxonomyAdminController(TaxonomyService taxonomy, ReferenceDataService reference) {
        this.taxonomy = taxonomy;
        this.reference = reference;
    }

    @InitBinder("taxonomyRuleForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(TaxonomyRuleForm.FIELDS);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", taxonomy.rules());
        addOptions(model);
        // the rules' codes shown by their names
        model.addAttribute("assistanceTypeNames", names(reference.assistanceTypes()));
        model.addAttribute("recipientTypeNames", names(reference.recipientTypes()));
        model.addAttribute("capabilityDomainNames", names(reference.capabilityDomains()));
        return "programs/taxonomy/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        taxonomy.rules();
        model.addAttribute("taxonomyRuleForm", new TaxonomyRuleForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("taxonomyRuleForm") TaxonomyRuleForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            taxonomy.create(form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, null);
        }
        redirect.addFlashAttribute("flash", "taxonomy.rule.saved");
        return "redirect:/admin/taxonomy";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("taxonomyRuleForm", TaxonomyRuleForm.from(taxonomy.get(id)));
        return form(model, id);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the rule form. */
    @GetMapping("/{id}")
    String reloadRule(@PathVariable long id) {
        return "redirect:/admin/taxonomy/{id}/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("taxonomyRuleForm") TaxonomyRuleForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            taxonomy.update(id, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "taxonomy.rule.saved");
        return "redirect:/admin/taxonomy";
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the rules. */
    @GetMapping("/{id}/remove")
    String reloadRemove(@PathVariable long id) {
        return "redirect:/admin/taxonomy";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            // administrators only (the security configuration guards /admin/**): nothing is removed yet
            return Confirmation.page(model, "taxonomy.rule.remove.confirm.page", List.of(), "common.remove",
                    "/admin/taxonomy/" + id + "/remove", "/admin/taxonomy");
        }
        taxonomy.delete(id);
        redirect.addFlashAttribute("flash", "taxonomy.rule.removed");
        return "redirect:/admin/taxonomy";
    }

    private String form(Model model, Long id) {
        model.addAttribute("ruleId", id);
        addOptions(model);
        return "programs/taxonomy/form";
    }

    private static Map<String, String> names(List<ReferenceItem> items) {
        return items.stream().collect(Collectors.toMap(ReferenceItem::code, ReferenceItem::name, (a, b) -> a));
    }

    private void addOptions(Model model) {
        model.addAttribute("assistanceTypes", reference.assistanceTypes());
        model.addAttribute("recipientTypes", reference.recipientTypes());
        model.addAttribute("capabilityDomains", reference.capabilityDomains());
        model.addAttribute("categories", ObjectiveCategory.values());
    }
}
