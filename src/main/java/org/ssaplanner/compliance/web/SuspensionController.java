package org.ssaplanner.compliance.web;

import jakarta.validation.Valid;
import java.util.List;
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
import org.ssaplanner.compliance.Finding;
import org.ssaplanner.compliance.SuspensionService;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.programs.ProgramTransitionException;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.FieldErrors;

/**
 * Suspending the assistance of an active program that a blocking finding holds, and resuming it once nothing
 * blocks it (issue 13, item 2). The form is its own page; both actions return to the program page.
 */
@Controller
@RequestMapping("/compliance/programs/{programId}")
class SuspensionController {

    private final SuspensionService suspensions;

    SuspensionController(SuspensionService suspensions) {
        this.suspensions = suspensions;
    }

    @InitBinder("suspensionForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(SuspensionForm.FIELDS);
    }

    @GetMapping("/suspend")
    String form(@PathVariable long programId, @RequestParam(required = false) Long restriction, Model model,
            RedirectAttributes redirect) {
        ProgramFacts facts = suspensions.checkMaySuspend(programId);
        List<Finding> blocking = suspensions.blockingNow(programId);
        if (facts.status() != ProgramStatus.ACTIVE || blocking.isEmpty()) {
            redirect.addFlashAttribute("flashError", facts.status() == ProgramStatus.ACTIVE
                    ? "suspension.restriction.notBlocking" : "suspension.notActive");
            return "redirect:/programs/" + programId;
        }
        SuspensionForm form = new SuspensionForm();
        form.setRestrictionId(restriction != null ? restriction
                : blocking.size() == 1 ? Long.valueOf(blocking.get(0).restrictionId()) : null);
        model.addAttribute("suspensionForm", form);
        return page(facts, blocking, model);
    }

    @PostMapping("/suspend")
    String suspend(@PathVariable long programId, @Valid @ModelAttribute("suspensionForm") SuspensionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        ProgramFacts facts = suspensions.checkMaySuspend(programId);
        if (!binding.hasErrors()) {
            try {
                suspensions.suspend(programId, form.getRestrictionId(), form.getReason());
                redirect.addFlashAttribute("flash", "suspension.recorded");
                return "redirect:/programs/" + programId;
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return page(facts, suspensions.blockingNow(programId), model);
    }

    @PostMapping("/resume")
    String resume(@PathVariable long programId, RedirectAttributes redirect) {
        suspensions.checkMaySuspend(programId);
        try {
            suspensions.resume(programId);
            redirect.addFlashAttribute("flash", "suspension.resumed");
        } catch (FieldValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (ProgramTransitionException e) {
            redirect.addFlashAttribute("flashError", "suspension.resume.refused");
        }
        return "redirect:/programs/" + programId;
    }

    private String page(ProgramFacts facts, List<Finding> blocking, Model model) {
        model.addAttribute("facts", facts);
        model.addAttribute("blocking", blocking);
        return "compliance/suspend";
    }
}
