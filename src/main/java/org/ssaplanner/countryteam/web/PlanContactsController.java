package org.ssaplanner.countryteam.web;

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
import org.ssaplanner.countryteam.CountryTeamService;
import org.ssaplanner.countryteam.PlanTeam;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.FieldErrors;

/** The plan's points of contact among its country's team ({@code /plans/{id}/contacts}), named by the conductor. */
@Controller
class PlanContactsController {

    private final CountryTeamService team;
    private final PlanService plans;

    PlanContactsController(CountryTeamService team, PlanService plans) {
        this.team = team;
        this.plans = plans;
    }

    @InitBinder("contactsForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(ContactsForm.FIELDS);
    }

    @GetMapping("/plans/{id}/contacts")
    String form(@PathVariable long id, Model model) {
        plans.checkCanEdit(id);
        PlanTeam planTeam = team.planTeam(id);
        ContactsForm form = new ContactsForm();
        form.getMemberIds().addAll(planTeam.pointsOfContact());
        model.addAttribute("contactsForm", form);
        return form(id, planTeam, model);
    }

    @PostMapping("/plans/{id}/contacts")
    String save(@PathVariable long id, @ModelAttribute("contactsForm") ContactsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        plans.checkCanEdit(id);
        if (binding.hasErrors()) {
            return form(id, team.planTeam(id), model);
        }
        try {
            team.namePointsOfContact(id, form.getMemberIds());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(id, team.planTeam(id), model);
        }
        redirect.addFlashAttribute("flash", "team.contacts.saved");
        return "redirect:/plans/" + id + "#plan-team";
    }

    private String form(long id, PlanTeam planTeam, Model model) {
        model.addAttribute("planTeam", planTeam);
        model.addAttribute("plan", plans.context(id));
        return "countryteam/contacts-form";
    }
}
