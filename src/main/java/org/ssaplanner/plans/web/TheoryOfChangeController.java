package org.ssaplanner.plans.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.ConflictRow;
import org.ssaplanner.shared.web.Confirmation;

/**
 * A plan's theory of change: its objectives, their outcomes and the programs linked to each outcome. Shown on the
 * plan's page ({@code #theory-of-change}); every change returns there.
 */
@Controller
@RequestMapping("/plans")
class TheoryOfChangeController {

    private final PlanService plans;
    private final MessageSource messages;

    TheoryOfChangeController(PlanService plans, MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
    }

    @InitBinder("objectiveForm")
    void allowObjectiveFields(WebDataBinder binder) {
        binder.setAllowedFields(ObjectiveForm.FIELDS);
    }

    @InitBinder("outcomeForm")
    void allowOutcomeFields(WebDataBinder binder) {
        binder.setAllowedFields(OutcomeForm.FIELDS);
    }

    // ---- objectives

    @GetMapping("/{id}/objectives/new")
    String newObjective(@PathVariable long id, Model model) {
        plans.checkCanEdit(id);
        model.addAttribute("objectiveForm", new ObjectiveForm());
        return objectiveForm(id, null, model);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the new-objective form. */
    @GetMapping("/{id}/objectives")
    String reloadNewObjective(@PathVariable long id) {
        return "redirect:/plans/{id}/objectives/new";
    }

    @PostMapping("/{id}/objectives")
    String addObjective(@PathVariable long id, @Valid @ModelAttribute("objectiveForm") ObjectiveForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            plans.checkCanEdit(id);
            return objectiveForm(id, null, model);
        }
        plans.addObjective(id, form.toCommand());
        redirect.addFlashAttribute("flash", "plan.objective.saved");
        return "redirect:/plans/" + id + "#theory-of-change";
    }

    @GetMapping("/{id}/objectives/{objectiveId}/edit")
    String editObjective(@PathVariable long id, @PathVariable long objectiveId, Model model) {
        plans.checkCanEdit(id);
        PlanDetail.Objective objective = objective(plans.get(id), objectiveId);
        ObjectiveForm form = new ObjectiveForm();
        form.setVersion(objective.version());
        form.setCategory(objective.category());
        form.setTitle(objective.title());
        form.setDescription(objective.description());
        model.addAttribute("objectiveForm", form);
        return objectiveForm(id, objectiveId, model);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the objective form. */
    @GetMapping("/{id}/objectives/{objectiveId}")
    String reloadObjective(@PathVariable long id, @PathVariable long objectiveId) {
        return "redirect:/plans/{id}/objectives/{objectiveId}/edit";
    }

    @PostMapping("/{id}/objectives/{objectiveId}")
    String updateObjective(@PathVariable long id, @PathVariable long objectiveId,
            @Valid @ModelAttribute("objectiveForm") ObjectiveForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (binding.hasErrors()) {
            plans.checkCanEdit(id);
            return objectiveForm(id, objectiveId, model);
        }
        try {
            plans.updateObjective(id, objectiveId, form.getVersion(), form.toCommand());
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return objectiveConflict(id, objectiveId, form, model);
        }
        redirect.addFlashAttribute("flash", "plan.objective.saved");
        return "redirect:/plans/" + id + "#theory-of-change";
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the theory of change. */
    @GetMapping("/{id}/objectives/{objectiveId}/remove")
    String reloadRemoveObjective(@PathVariable long id, @PathVariable long objectiveId) {
        return "redirect:/plans/{id}#theory-of-change";
    }

    @PostMapping("/{id}/objectives/{objectiveId}/remove")
    String removeObjective(@PathVariable long id, @PathVariable long objectiveId,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            // nothing is removed until the user confirms: the question, once allowed to edit the plan
            plans.checkCanEdit(id);
            return Confirmation.page(model, "plan.confirm.remove.objective", List.of(plans.get(id).title()),
                    "common.remove", "/plans/" + id + "/objectives/" + objectiveId + "/remove", "/plans/" + id + "#theory-of-change");
        }
        try {
            plans.removeObjective(id, objectiveId);
        } catch (DataIntegrityViolationException e) {
            // indicators of other modules evidence it; they must be relinked or removed first
            redirect.addFlashAttribute("flashError", "plan.objective.inUse");
            return "redirect:/plans/" + id + "#theory-of-change";
        }
        redirect.addFlashAttribute("flash", "plan.objective.removed");
        return "redirect:/plans/" + id + "#theory-of-change";
    }

    // ---- outcomes and their programs

    @GetMapping("/{id}/objectives/{objectiveId}/outcomes/new")
    String newOutcome(@PathVariable long id, @PathVariable long objectiveId, Model model) {
        plans.checkCanEdit(id);
        model.addAttribute("outcomeForm", new OutcomeForm());
        return outcomeForm(id, objective(plans.get(id), objectiveId), null, model);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the new-outcome form. */
    @GetMapping("/{id}/objectives/{objectiveId}/outcomes")
    String reloadNewOutcome(@PathVariable long id, @PathVariable long objectiveId) {
        return "redirect:/plans/{id}/objectives/{objectiveId}/outcomes/new";
    }

    @PostMapping("/{id}/objectives/{objectiveId}/outcomes")
    String addOutcome(@PathVariable long id, @PathVariable long objectiveId,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            plans.checkCanEdit(id);
            return outcomeForm(id, objective(plans.get(id), objectiveId), null, model);
        }
        plans.addOutcome(id, objectiveId, form.toCommand());
        redirect.addFlashAttribute("flash", "plan.outcome.saved");
        return "redirect:/plans/" + id + "#theory-of-change";
    }

    @GetMapping("/{id}/outcomes/{outcomeId}/edit")
    String editOutcome(@PathVariable long id, @PathVariable long outcomeId, Model model) {
        plans.checkCanEdit(id);
        PlanDetail plan = plans.get(id);
        PlanDetail.Outcome outcome = outcome(plan, outcomeId);
        OutcomeForm form = new OutcomeForm();
        form.setVersion(outcome.version());
        form.setTitle(outcome.title());
        form.setDescription(outcome.description());
        model.addAttribute("outcomeForm", form);
        return outcomeForm(id, objective(plan, outcome.objectiveId()), outcomeId, model);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the outcome form. */
    @GetMapping("/{id}/outcomes/{outcomeId}")
    String reloadOutcome(@PathVariable long id, @PathVariable long outcomeId) {
        return "redirect:/plans/{id}/outcomes/{outcomeId}/edit";
    }

    @PostMapping("/{id}/outcomes/{outcomeId}")
    String updateOutcome(@PathVariable long id, @PathVariable long outcomeId,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (binding.hasErrors()) {
            plans.checkCanEdit(id);
            PlanDetail plan = plans.get(id);
            return outcomeForm(id, objective(plan, outcome(plan, outcomeId).objectiveId()), outcomeId, model);
        }
        try {
            plans.updateOutcome(id, outcomeId, form.getVersion(), form.toCommand());
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return outcomeConflict(id, outcomeId, form, model);
        }
        redirect.addFlashAttribute("flash", "plan.outcome.saved");
        return "redirect:/plans/" + id + "#theory-of-change";
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the theory of change. */
    @GetMapping("/{id}/outcomes/{outcomeId}/remove")
    String reloadRemoveOutcome(@PathVariable long id, @PathVariable long outcomeId) {
        return "redirect:/plans/{id}#theory-of-change";
    }

    @PostMapping("/{id}/outcomes/{outcomeId}/remove")
    String removeOutcome(@PathVariable long id, @PathVariable long outcomeId,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            // nothing is removed until the user confirms: the question, once allowed to edit the plan
            plans.checkCanEdit(id);
            return Confirmation.page(model, "plan.confirm.remove.outcome", List.of(plans.get(id).title()),
                    "common.remove", "/plans/" + id + "/outcomes/" + outcomeId + "/remove", "/plans/" + id + "#theory-of-change");
        }
        try {
            plans.removeOutcome(id, outcomeId);
        } catch (DataIntegrityViolationException e) {
            // indicators of other modules evidence it; they must be relinked or removed first
            redirect.addFlashAttribute("flashError", "plan.outcome.inUse");
            return "redirect:/plans/" + id + "#theory-of-change";
        }
        redirect.addFlashAttribute("flash", "plan.outcome.removed");
        return "redirect:/plans/" + id + "#theory-of-change";
    }

    @PostMapping("/{id}/outcomes/{outcomeId}/programs")
    String linkProgram(@PathVariable long id, @PathVariable long outcomeId,
            @RequestParam(required = false) Long programId, RedirectAttributes redirect) {
        if (programId == null) {
            plans.checkCanEdit(id);
            redirect.addFlashAttribute("flashError", "plan.outcome.program.required");
            return backToOutcome(id, outcomeId);
        }
        try {
            plans.linkProgram(id, outcomeId, programId);
            redirect.addFlashAttribute("flash", "plan.outcome.program.linked");
        } catch (FieldValidationException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return backToOutcome(id, outcomeId);
    }

    @PostMapping("/{id}/outcomes/{outcomeId}/programs/{programId}/remove")
    String unlinkProgram(@PathVariable long id, @PathVariable long outcomeId, @PathVariable long programId,
            RedirectAttributes redirect) {
        plans.unlinkProgram(id, outcomeId, programId);
        redirect.addFlashAttribute("flash", "plan.outcome.program.unlinked");
        return backToOutcome(id, outcomeId);
    }

    /** Back to the outcome, opened: on a large plan its programs and linking form show only when it is. */
    private static String backToOutcome(long planId, long outcomeId) {
        return "redirect:/plans/" + planId + "?outcome=" + outcomeId + "#outcome-" + outcomeId;
    }

    private String objectiveForm(long planId, Long objectiveId, Model model) {
        model.addAttribute("plan", plans.get(planId));
        model.addAttribute("objectiveId", objectiveId);
        model.addAttribute("categories", ObjectiveCategory.values());
        return "plans/objective-form";
    }

    private String outcomeForm(long planId, PlanDetail.Objective objective, Long outcomeId, Model model) {
        model.addAttribute("plan", plans.get(planId));
        model.addAttribute("objective", objective);
        model.addAttribute("outcomeId", outcomeId);
        return "plans/outcome-form";
    }

    private static PlanDetail.Objective objective(PlanDetail plan, long objectiveId) {
        return plan.objectives().stream().filter(o -> o.id() == objectiveId).findFirst()
                .orElseThrow(() -> new NotFoundException("Country plan", plan.id() + "/objective/" + objectiveId));
    }

    private String label(ObjectiveCategory category) {
        return category == null ? null
                : messages.getMessage("category." + category.name(), null, category.name(), LocaleContextHolder.getLocale());
    }

    private static PlanDetail.Outcome outcome(PlanDetail plan, long outcomeId) {
        return plan.objectives().stream().flatMap(o -> o.outcomes().stream()).filter(o -> o.id() == outcomeId)
                .findFirst().orElseThrow(() -> new NotFoundException("Country plan", plan.id() + "/outcome/" + outcomeId));
    }

    /** The 409 page of an objective: the user's version next to the stored one. */
    private String objectiveConflict(long id, long objectiveId, ObjectiveForm yours, Model model) {
        PlanDetail.Objective stored = objective(plans.get(id), objectiveId);
        List<ConflictRow> rows = List.of(
                new ConflictRow("plan.objective.title", yours.getTitle(), stored.title()),
                new ConflictRow("plan.objective.category", label(yours.getCategory()), label(stored.category())),
                new ConflictRow("plan.description", yours.getDescription(), stored.description()));
        model.addAttribute("rows", rows);
        model.addAttribute("stored", stored);
        model.addAttribute("reloadUrl", "/plans/" + id + "/objectives/" + objectiveId + "/edit");
        model.addAttribute("detailUrl", "/plans/" + id + "#theory-of-change");
        return "error/conflict";
    }

    /** The 409 page of an outcome: the user's version next to the stored one. */
    private String outcomeConflict(long id, long outcomeId, OutcomeForm yours, Model model) {
        PlanDetail.Outcome stored = outcome(plans.get(id), outcomeId);
        List<ConflictRow> rows = List.of(
                new ConflictRow("plan.outcome.title", yours.getTitle(), stored.title()),
                new ConflictRow("plan.description", yours.getDescription(), stored.description()));
        model.addAttribute("rows", rows);
        model.addAttribute("stored", stored);
        model.addAttribute("reloadUrl", "/plans/" + id + "/outcomes/" + outcomeId + "/edit");
        model.addAttribute("detailUrl", "/plans/" + id + "#theory-of-change");
        return "error/conflict";
    }
}
