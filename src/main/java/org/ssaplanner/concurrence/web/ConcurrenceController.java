package org.ssaplanner.concurrence.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.concurrence.AnswerCommand;
import org.ssaplanner.concurrence.ConcurrenceAnswer;
import org.ssaplanner.concurrence.ConcurrenceClosedException;
import org.ssaplanner.concurrence.ConcurrencePanel;
import org.ssaplanner.concurrence.ConcurrenceService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.audit.RecordFields;
import org.ssaplanner.shared.web.FieldErrors;
import org.ssaplanner.shared.web.PageSection;
import org.ssaplanner.shared.web.PageSections;

/**
 * The concurrence panel of a plan ({@code /plans/{id}/concurrence}): each agency's answer, who and when, comments,
 * overdue requests, decisions and history; and the answer form of the signed-in concurrence official.
 */
@Controller
@RequestMapping("/plans/{planId}/concurrence")
class ConcurrenceController {

    private final ConcurrenceService concurrence;
    private final MessageSource messages;
    private final PageSections sections;

    ConcurrenceController(ConcurrenceService concurrence, MessageSource messages, PageSections sections) {
        this.concurrence = concurrence;
        this.messages = messages;
        this.sections = sections;
    }

    @InitBinder("answerForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(AnswerForm.FIELDS);
    }

    @InitBinder("invitationForm")
    void allowInvitationFields(WebDataBinder binder) {
        binder.setAllowedFields(InvitationAnswerForm.FIELDS);
    }

    @InitBinder("dueDateForm")
    void allowDueDateFields(WebDataBinder binder) {
        binder.setAllowedFields(DueDateForm.FIELDS);
    }

    @GetMapping
    String panel(@PathVariable long planId, Model model) {
        ConcurrencePanel panel = concurrence.panel(planId);
        ConcurrencePanel.RequestView mine = panel.answerable();
        if (mine != null) {
            model.addAttribute("answerForm", AnswerForm.from(mine));
        }
        return page(panel, model);
    }

    /** What changed in the plan since the agency last concurred (issue 14, section 1, item g). */
    @GetMapping("/changes/{agencyId}")
    String changes(@PathVariable long planId, @PathVariable long agencyId, Model model) {
        model.addAttribute("changes", concurrence.changes(planId, agencyId));
        return "concurrence/changes";
    }

    @PostMapping
    String answer(@PathVariable long planId, @Valid @ModelAttribute("answerForm") AnswerForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        // refused first (403) for a user who does not answer for the agency named, whatever the form holds
        concurrence.checkCanAnswer(planId, form.getAgencyId());
        if (!binding.hasErrors()) {
            try {
                concurrence.answer(planId, form.toCommand());
                redirect.addFlashAttribute("flash", "concurrence.answered");
                return "redirect:/plans/" + planId + "/concurrence";
            } catch (FieldValidationException e) {
                FieldErrors.reject(binding, e);
            } catch (ConcurrenceClosedException e) {
                redirect.addFlashAttribute("flashError", e.messageKey());
                return "redirect:/plans/" + planId + "/concurrence";
            } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                return conflict(planId, form, model);
            }
        }
        return page(concurrence.panel(planId), model);
    }

    /**
     * The invited agency's official (or an administrator) accepts or declines the invitation to take part (issue 14,
     * section 2). A decline without a reason comes back on the panel with the message; an invitation answered
     * meanwhile or withdrawn is a message; a changed invitation is 409.
     */
    @PostMapping("/invitations/{agencyId}")
    String answerInvitation(@PathVariable long planId, @PathVariable long agencyId,
            @ModelAttribute("invitationForm") InvitationAnswerForm form, BindingResult binding, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        concurrence.checkCanAnswerInvitation(planId, agencyId);
        if (binding.hasErrors()) {
            return invitationRefused(planId, agencyId, form, "invitation.choice.required", null, model);
        }
        try {
            concurrence.answerInvitation(planId, form.toCommand(agencyId));
            redirect.addFlashAttribute("flash", Boolean.TRUE.equals(form.getAccept()) ? "invitation.accepted"
                    : "invitation.declined");
        } catch (FieldValidationException e) {
            return invitationRefused(planId, agencyId, form, e.messageKey(), e.arguments(), model);
        } catch (ConcurrenceClosedException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", "invitation.stale");
            return page(concurrence.panel(planId), model);
        }
        return "redirect:/plans/" + planId + "/concurrence";
    }

    /**
     * The conductor (or an administrator) moves the open review's due date: a missing or past date comes back on the
     * panel with the message; a plan not in review is a message; a review changed meanwhile is 409.
     */
    @PostMapping("/due-date")
    String changeDueDate(@PathVariable long planId, @ModelAttribute("dueDateForm") DueDateForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        if (binding.hasFieldErrors("dueDate")) {
            // an unreadable date: refused as a missing one, after the permission check of the service
            form.setDueDate(null);
        }
        try {
            concurrence.changeDueDate(planId, form.getVersion(), form.getDueDate());
            redirect.addFlashAttribute("flash", "concurrence.due.changed");
        } catch (FieldValidationException e) {
            model.addAttribute("dueDateError", messages.getMessage(e.messageKey(), e.arguments(),
                    LocaleContextHolder.getLocale()));
            return page(concurrence.panel(planId), model);
        } catch (ConcurrenceClosedException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        } catch (StaleEditException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("flashError", "concurrence.due.stale");
            return page(concurrence.panel(planId), model);
        }
        return "redirect:/plans/" + planId + "/concurrence";
    }

    /** Reloading a refused invitation answer or due-date change (a GET of the POST's address): the panel. */
    @GetMapping({"/invitations/{agencyId}", "/due-date"})
    String reload(@PathVariable long planId) {
        return "redirect:/plans/" + planId + "/concurrence";
    }

    private String invitationRefused(long planId, long agencyId, InvitationAnswerForm form, String key,
            Object[] arguments, Model model) {
        model.addAttribute("invitationError", new InvitationError(agencyId, form.getReason(),
                messages.getMessage(key, arguments, LocaleContextHolder.getLocale())));
        return page(concurrence.panel(planId), model);
    }

    /** A refused invitation answer: which agency's form, the reason as typed, the message. */
    record InvitationError(long agencyId, String reason, String message) {
    }

    private String page(ConcurrencePanel panel, Model model) {
        model.addAttribute("panel", panel);
        model.addAttribute("invitations", concurrence.invitations(panel.planId()));
        model.addAttribute("maxReason", ConcurrenceService.MAX_COMMENTS);
        model.addAttribute("sections", sections.render(PageSection.PLAN_REVIEW, panel.planId()));
        model.addAttribute("answers", ConcurrenceAnswer.values());
        model.addAttribute("maxComments", ConcurrenceService.MAX_COMMENTS);
        return "concurrence/panel";
    }

    /** The 409 page: the official's answer next to the one stored meanwhile. */
    private String conflict(long planId, AnswerForm yours, Model model) {
        ConcurrencePanel panel = concurrence.panel(planId);
        ConcurrencePanel.RequestView stored = panel.requests().stream()
                .filter(r -> yours.getAgencyId() != null && r.agencyId() == yours.getAgencyId()).findFirst()
                .orElseThrow(() -> new StaleEditException("ConcurrenceRequest", yours.getAgencyId()));
        Map<Long, String> labels = panel.objectives().stream()
                .collect(Collectors.toMap(ConcurrencePanel.Option::id, ConcurrencePanel.Option::label, (a, b) -> a));
        Map<Long, String> programLabels = panel.programs().stream()
                .collect(Collectors.toMap(ConcurrencePanel.Option::id, ConcurrencePanel.Option::label, (a, b) -> a));
        RecordFields<AnswerCommand> fields = RecordFields.<AnswerCommand>describe()
                .and("answer", "concurrence.answer", c -> c.answer() == null ? ""
                        : messages.getMessage("concurrence.answer." + c.answer().name(), null, c.answer().name(),
                                LocaleContextHolder.getLocale()))
                .and("comments", "concurrence.comments", c -> c.comments() == null ? "" : c.comments())
                .and("objectiveIds", "concurrence.objectives",
                        c -> RecordFields.list(c.objectiveIds(), id -> labels.getOrDefault(id, "#" + id)))
                .and("programIds", "concurrence.programs",
                        c -> RecordFields.list(c.programIds(), id -> programLabels.getOrDefault(id, "#" + id)));
        AnswerCommand storedValues = new AnswerCommand(stored.agencyId(), stored.version(), stored.answer(),
                stored.comments(), stored.objectiveIds(), stored.programIds());
        model.addAttribute("rows", fields.compare(yours.toCommand(), storedValues));
        model.addAttribute("stored", new Stored(stored.answeredBy() == null ? "?" : stored.answeredBy(),
                stored.answeredAt()));
        model.addAttribute("reloadUrl", "/plans/" + planId + "/concurrence");
        model.addAttribute("detailUrl", "/plans/" + planId);
        return "error/conflict";
    }

    record Stored(String updatedBy, Instant updatedAt) {
    }
}
