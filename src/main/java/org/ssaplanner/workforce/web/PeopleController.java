package org.ssaplanner.workforce.web;

import jakarta.validation.Valid;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
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
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.workforce.CertificationFrameworkService;
import org.ssaplanner.workforce.PersonDetail;
import org.ssaplanner.workforce.WorkforceCategory;
import org.ssaplanner.workforce.WorkforceService;

/** People of the workforce ({@code /workforce/people}): the list, a person's page, and their forms (PRG). */
@Controller
@RequestMapping("/workforce/people")
class PeopleController {

    private final WorkforceService workforce;
    private final CertificationFrameworkService framework;
    private final AgencyService agencies;

    PeopleController(WorkforceService workforce, CertificationFrameworkService framework, AgencyService agencies) {
        this.workforce = workforce;
        this.framework = framework;
        this.agencies = agencies;
    }

    @InitBinder("personForm")
    void allowPersonFields(WebDataBinder binder) {
        binder.setAllowedFields(PersonForm.FIELDS);
    }

    @InitBinder("trainingForm")
    void allowTrainingFields(WebDataBinder binder) {
        binder.setAllowedFields(TrainingForm.FIELDS);
    }

    @InitBinder("certificationForm")
    void allowCertificationFields(WebDataBinder binder) {
        binder.setAllowedFields(CertificationForm.FIELDS);
    }

    @GetMapping
    String list(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) String q,
            @PageableDefault(size = 50, sort = "name", direction = Sort.Direction.ASC) Pageable pageable, Model model) {
        model.addAttribute("page", workforce.people(agencyId, q, pageable));
        model.addAttribute("agencies", agencies.activeAgencies());
        model.addAttribute("agencyId", agencyId);
        model.addAttribute("q", q);
        return "workforce/people";
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        workforce.checkCanAdd();
        model.addAttribute("personForm", new PersonForm());
        return personForm(null, model);
    }

    @PostMapping
    String addPerson(@Valid @ModelAttribute("personForm") PersonForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        workforce.checkCanAdd();
        if (binding.hasErrors()) {
            return personForm(null, model);
        }
        long id;
        try {
            id = workforce.addPerson(form.toCommand(workforce.canLinkUsers()));
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return personForm(null, model);
        }
        redirect.addFlashAttribute("flash", "workforce.person.saved");
        return "redirect:/workforce/people/" + id;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("certificationForm", new CertificationForm());
        model.addAttribute("trainingForm", new TrainingForm());
        return detailPage(workforce.person(id), model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        workforce.checkCanEditPerson(id);
        model.addAttribute("personForm", PersonForm.from(workforce.person(id)));
        return personForm(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("personForm") PersonForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        workforce.checkCanEditPerson(id);
        if (binding.hasErrors()) {
            return personForm(id, model);
        }
        try {
            workforce.updatePerson(id, form.getVersion(), form.toCommand(workforce.canLinkUsers()));
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return personForm(id, model);
        }
        redirect.addFlashAttribute("flash", "workforce.person.saved");
        return "redirect:/workforce/people/{id}";
    }

    /** Reloading the page after a failed save: back to the person's page. */
    @GetMapping("/{id}/certifications")
    String reloadCertification(@PathVariable long id) {
        return "redirect:/workforce/people/{id}";
    }

    @PostMapping("/{id}/certifications")
    String addCertification(@PathVariable long id, @Valid @ModelAttribute("certificationForm") CertificationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        workforce.checkCanEditPerson(id);
        if (!form.datesInOrder()) {
            binding.rejectValue("expiresOn", "workforce.certification.expiry.order");
        }
        if (!binding.hasErrors()) {
            try {
                workforce.addCertification(id, form.toCommand());
                redirect.addFlashAttribute("flash", "workforce.certification.saved");
                return "redirect:/workforce/people/{id}";
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return detailPage(workforce.person(id), model);
    }

    @PostMapping("/{id}/certifications/{certificationId}/remove")
    String removeCertification(@PathVariable long id, @PathVariable long certificationId,
            RedirectAttributes redirect) {
        workforce.removeCertification(id, certificationId);
        redirect.addFlashAttribute("flash", "workforce.certification.removed");
        return "redirect:/workforce/people/{id}";
    }

    /** Reloading the page after a failed save: back to the person's page. */
    @GetMapping("/{id}/training")
    String reloadTraining(@PathVariable long id) {
        return "redirect:/workforce/people/{id}";
    }

    @PostMapping("/{id}/training")
    String addTraining(@PathVariable long id, @Valid @ModelAttribute("trainingForm") TrainingForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        workforce.checkCanEditPerson(id);
        if (!binding.hasErrors()) {
            try {
                workforce.addTraining(id, form.toCommand());
                redirect.addFlashAttribute("flash", "workforce.training.saved");
                return "redirect:/workforce/people/{id}";
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        model.addAttribute("certificationForm", new CertificationForm());
        return detailPage(workforce.person(id), model);
    }

    @PostMapping("/{id}/training/{trainingId}/remove")
    String removeTraining(@PathVariable long id, @PathVariable long trainingId, RedirectAttributes redirect) {
        workforce.removeTraining(id, trainingId);
        redirect.addFlashAttribute("flash", "workforce.training.removed");
        return "redirect:/workforce/people/{id}";
    }

    private String detailPage(PersonDetail person, Model model) {
        if (!model.containsAttribute("trainingForm")) {
            model.addAttribute("trainingForm", new TrainingForm());
        }
        model.addAttribute("person", person);
        model.addAttribute("areas", framework.areas().stream().filter(a -> !a.retired()).toList());
        model.addAttribute("levels", framework.levels());
        return "workforce/person";
    }

    private String personForm(Long id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("categories", WorkforceCategory.values());
        model.addAttribute("agencyChoices", workforce.agenciesForEntries());
        model.addAttribute("userChoices", workforce.linkableUsers());
        return "workforce/person-form";
    }

}
