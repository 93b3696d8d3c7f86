package org.ssaplanner.portfolio.web;

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
import org.ssaplanner.portfolio.AssessmentService;
import org.ssaplanner.portfolio.PriorityService;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.FieldErrors;

/**
 * Priorities: a plan's objectives with their priority and stakes ({@code /portfolio/plans/{planId}/priorities}),
 * partner countries' tiers ({@code /portfolio/countries}, one country's history and form at
 * {@code /portfolio/countries/{code}}), a program's priority override ({@code /portfolio/programs/{programId}/priority}).
 */
@Controller
class PriorityController {

    private final PriorityService priorities;
    private final AssessmentService assessments;
    private final ProgramDetailService programs;

    PriorityController(PriorityService priorities, AssessmentService assessments, ProgramDetailService programs) {
        this.priorities = priorities;
        this.assessments = assessments;
        this.programs = programs;
    }

    @InitBinder("priorityForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(PriorityForm.FIELDS);
    }

    // ---- objectives

    @GetMapping("/portfolio/plans/{planId}/priorities")
    String objectives(@PathVariable long planId, Model model) {
        model.addAttribute("plan", priorities.objectives(planId));
        return "portfolio/priorities";
    }

    /** Reloading the page after a failed save: back to the plan's priorities. */
    @GetMapping("/portfolio/plans/{planId}/priorities/{objectiveId}")
    String reloadObjective(@PathVariable long planId, @PathVariable long objectiveId) {
        return "redirect:/portfolio/plans/" + planId + "/priorities";
    }

    @PostMapping("/portfolio/plans/{planId}/priorities/{objectiveId}")
    String setObjective(@PathVariable long planId, @PathVariable long objectiveId,
            @ModelAttribute("priorityForm") PriorityForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        priorities.checkCanEdit(planId);
        if (form.getPriority() == null) {
            binding.rejectValue("priority", "portfolio.priority.range");
        } else {
            try {
                priorities.setObjectivePriority(planId, objectiveId, form.getVersion(), form.getPriority(),
                        form.getText());
                redirect.addFlashAttribute("flash", "portfolio.priority.saved");
                return "redirect:/portfolio/plans/" + planId + "/priorities";
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        model.addAttribute("plan", priorities.objectives(planId));
        model.addAttribute("failedObjective", objectiveId);
        return "portfolio/priorities";
    }

    // ---- country tiers

    @GetMapping("/portfolio/countries")
    String tiers(Model model) {
        model.addAttribute("tiers", priorities.tiers());
        return "portfolio/tiers";
    }

    @GetMapping("/portfolio/countries/{code}")
    String tier(@PathVariable String code, Model model) {
        if (!model.containsAttribute("priorityForm")) {
            model.addAttribute("priorityForm", new PriorityForm());
        }
        return tierPage(code, model);
    }

    private String tierPage(String code, Model model) {
        model.addAttribute("country", priorities.country(code));
        model.addAttribute("history", priorities.tierHistory(code));
        return "portfolio/tier";
    }

    @PostMapping("/portfolio/countries/{code}")
    String setTier(@PathVariable String code, @ModelAttribute("priorityForm") PriorityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            priorities.setTier(code, form.getPriority() == null ? 0 : form.getPriority(), form.getText());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return tierPage(code, model);
        }
        redirect.addFlashAttribute("flash", "portfolio.tier.saved");
        return "redirect:/portfolio/countries/" + priorities.country(code).alpha3();
    }

    // ---- program override

    @GetMapping("/portfolio/programs/{programId}/priority")
    String override(@PathVariable long programId, Model model) {
        priorities.checkCanOverride(programId);
        PriorityForm form = new PriorityForm();
        priorities.override(programId).ifPresent(o -> {
            form.setVersion(o.version());
            form.setPriority(o.priority());
            form.setText(o.reason());
        });
        model.addAttribute("priorityForm", form);
        return overridePage(programId, model);
    }

    private String overridePage(long programId, Model model) {
        model.addAttribute("program", programs.get(programId));
        model.addAttribute("assessment", assessments.assessment(programId).orElse(null));
        model.addAttribute("override", priorities.override(programId).orElse(null));
        return "portfolio/override";
    }

    @PostMapping("/portfolio/programs/{programId}/priority")
    String setOverride(@PathVariable long programId, @ModelAttribute("priorityForm") PriorityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        priorities.checkCanOverride(programId);
        try {
            priorities.setOverride(programId, form.getVersion(), form.getPriority() == null ? 0 : form.getPriority(),
                    form.getText());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return overridePage(programId, model);
        }
        redirect.addFlashAttribute("flash", "portfolio.priority.saved");
        return "redirect:/programs/" + programId;
    }

    @PostMapping("/portfolio/programs/{programId}/priority/remove")
    String removeOverride(@PathVariable long programId, RedirectAttributes redirect) {
        priorities.removeOverride(programId);
        redirect.addFlashAttribute("flash", "portfolio.priority.removed");
        return "redirect:/programs/" + programId;
    }
}
