package org.ssaplanner.agencies.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.agencies.AgencyKind;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.FieldErrors;

@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

    private final AgencyService agencies;
    private final ReferenceDataService reference;

    AgencyAdminController(AgencyService agencies, ReferenceDataService reference) {
        this.agencies = agencies;
        this.reference = reference;
    }

    @InitBinder("agencyForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(AgencyForm.FIELDS);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("agencies", agencies.tree());
        return "agencies/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("agencyForm", new AgencyForm());
        return form(model, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = agencies.create(form.toCommand());
            redirect.addFlashAttribute("flash", "agency.created");
            return "redirect:/admin/agencies/" + id;
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, null);
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("agency", agencies.get(id));
        model.addAttribute("history", agencies.history(id));
        addCatalogue(model);
        return "agencies/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        model.addAttribute("agencyForm", AgencyForm.from(agencies.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("agencyForm") AgencyForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, id);
        }
        try {
            agencies.update(id, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(model, id);
        }
        redirect.addFlashAttribute("flash", "agency.updated");
        return "redirect:/admin/agencies/" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        agencies.setActive(id, false);
        redirect.addFlashAttribute("flash", "agency.deactivated");
        return "redirect:/admin/agencies/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        agencies.setActive(id, true);
        redirect.addFlashAttribute("flash", "agency.activated");
        return "redirect:/admin/agencies/" + id;
    }

    private String form(Model model, Long id) {
        model.addAttribute("agencyId", id);
        model.addAttribute("parents", agencies.tree().stream().filter(a -> id == null || a.id() != id).toList());
        model.addAttribute("kinds", AgencyKind.values());
        addCatalogue(model);
        return "agencies/form";
    }

    private void addCatalogue(Model model) {
        model.addAttribute("assistanceTypes", reference.assistanceTypes());
        model.addAttribute("capabilityDomains", reference.capabilityDomains());
    }
}
