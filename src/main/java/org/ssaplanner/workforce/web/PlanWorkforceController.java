package org.ssaplanner.workforce.web;

import jakarta.validation.Valid;
import java.util.stream.IntStream;
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
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.workforce.AssignmentRole;
import org.ssaplanner.workforce.AssignmentService;
import org.ssaplanner.workforce.Capacity;
import org.ssaplanner.workforce.CapacityService;
import org.ssaplanner.workforce.CertificationFrameworkService;
import org.ssaplanner.workforce.WorkforceService;
import org.ssaplanner.workforce.WorkloadRuleService;
import org.ssaplanner.workforce.WorkloadSuggestion;

/**
 * A plan's workforce ({@code /plans/{id}/workforce}): capacity against load per fiscal year, the assignments and the
 * form that adds one, and each program's workload form.
 */
@Controller
@RequestMapping("/plans/{id}/workforce")
class PlanWorkforceController {

    private final CapacityService capacity;
    private final AssignmentService assignments;
    private final WorkforceService workforce;
    private final CertificationFrameworkService framework;
    private final WorkloadRuleService rules;

    PlanWorkforceController(CapacityService capacity, AssignmentService assignments, WorkforceService workforce,
            CertificationFrameworkService framework, WorkloadRuleService rules) {
        this.rules = rules;
        this.capacity = capacity;
        this.assignments = assignments;
        this.workforce = workforce;
        this.framework = framework;
    }

    @InitBinder("assignmentForm")
    void allowAssignmentFields(WebDataBinder binder) {
        binder.setAllowedFields(AssignmentForm.FIELDS);
    }

    @InitBinder("workloadForm")
    void allowWorkloadFields(WebDataBinder binder) {
        binder.setAllowedFields(WorkloadForm.FIELDS);
    }

    /** The plan's workforce; {@code find} narrows the people and positions the assignment form offers. */
    @GetMapping
    String page(@PathVariable long id, @RequestParam(name = "find", required = false) String find, Model model) {
        model.addAttribute("assignmentForm", new AssignmentForm());
        return page(id, find, null, model, false);
    }

    /** Reloading the page after a failed assignment: back to the plan's workforce. */
    @GetMapping("/assignments")
    String reloadAssign(@PathVariable long id) {
        return "redirect:/plans/{id}/workforce";
    }

    @PostMapping("/assignments")
    String assign(@PathVariable long id, @Valid @ModelAttribute("assignmentForm") AssignmentForm form,
            BindingResult binding, @RequestParam(name = "find", required = false) String find, Model model,
            RedirectAttributes redirect) {
        assignments.checkCanAssign(id);
        if (!binding.hasErrors()) {
            try {
                assignments.assign(id, form.toCommand());
                redirect.addFlashAttribute("flash", "workforce.assignment.saved");
                return "redirect:/plans/{id}/workforce";
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return page(id, find, form, model, true);
    }

    @PostMapping("/assignments/{assignmentId}/remove")
    String remove(@PathVariable long id, @PathVariable long assignmentId, RedirectAttributes redirect) {
        assignments.remove(id, assignmentId);
        redirect.addFlashAttribute("flash", "workforce.assignment.removed");
        return "redirect:/plans/{id}/workforce";
    }

    /**
     * The workload form, with what the workload rules suggest and the rule that suggests it; {@code ?suggestion=apply}
     * puts the suggested values in the form (saved only when the planner saves it).
     */
    @GetMapping("/programs/{programId}")
    String workload(@PathVariable long id, @PathVariable long programId,
            @RequestParam(name = "suggestion", required = false) String suggestion, Model model) {
        WorkloadForm form = WorkloadForm.from(assignments.workload(id, programId));
        WorkloadSuggestion suggested = rules.suggest(id, programId);
        if ("apply".equals(suggestion) && suggested.found()) {
            form.apply(suggested.rule());
            model.addAttribute("suggestionApplied", true);
        }
        model.addAttribute("workloadForm", form);
        model.addAttribute("suggestion", suggested);
        return workloadForm(id, programId, model);
    }

    @PostMapping("/programs/{programId}")
    String saveWorkload(@PathVariable long id, @PathVariable long programId,
            @Valid @ModelAttribute("workloadForm") WorkloadForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        assignments.workload(id, programId);
        model.addAttribute("suggestion", rules.suggest(id, programId));
        if (!binding.hasErrors()) {
            try {
                assignments.setWorkload(id, programId, form.getVersion(), form.toCommand());
                redirect.addFlashAttribute("flash", "workforce.workload.saved");
                return "redirect:/plans/{id}/workforce";
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            }
        }
        return workloadForm(id, programId, model);
    }

    private String page(long id, String find, AssignmentForm form, Model model, boolean assignmentFailed) {
        Capacity plan = capacity.capacity(id);
        model.addAttribute("capacity", plan);
        model.addAttribute("posts", capacity.posts(id));
        model.addAttribute("planId", id);
        model.addAttribute("assignments", assignments.ofPlan(id));
        model.addAttribute("programs", assignments.programs(id));
        model.addAttribute("find", find);
        model.addAttribute("people", workforce.personChoicesForPlan(id, find, form == null ? null : form.getPersonId()));
        model.addAttribute("positionChoices", workforce.positionChoicesForPlan(id, find,
                form == null ? null : form.getPositionId()));
        model.addAttribute("roles", AssignmentRole.values());
        model.addAttribute("fiscalYears", IntStream.rangeClosed(plan.startFiscalYear(), plan.endFiscalYear())
                .boxed().toList());
        model.addAttribute("assignmentFailed", assignmentFailed);
        return "workforce/plan";
    }

    private String workloadForm(long id, long programId, Model model) {
        model.addAttribute("planId", id);
        model.addAttribute("program", assignments.workload(id, programId));
        model.addAttribute("levels", framework.levels().stream().filter(l -> !l.retired()).toList());
        return "workforce/workload-form";
    }
}
