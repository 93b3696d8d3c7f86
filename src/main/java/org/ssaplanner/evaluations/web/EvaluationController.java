package org.ssaplanner.evaluations.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.ssaplanner.evaluations.EvaluationDetail;
import org.ssaplanner.evaluations.EvaluationService;
import org.ssaplanner.evaluations.EvaluationType;
import org.ssaplanner.evaluations.EvidenceDownload;
import org.ssaplanner.evaluations.EvidenceRejectedException;
import org.ssaplanner.evaluations.EvidenceUpload;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.RatingScale;
import org.ssaplanner.evaluations.ResultsHistoryService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.ListSort;
import org.ssaplanner.shared.web.Confirmation;
import org.ssaplanner.shared.web.FieldErrors;

/** Evaluations of a program and their evidence files. */
@Controller
class EvaluationController {

    private final EvaluationService evaluations;
    private final IndicatorService indicators;
    private final ResultsHistoryService history;

    EvaluationController(EvaluationService evaluations, IndicatorService indicators, ResultsHistoryService history) {
        this.evaluations = evaluations;
        this.indicators = indicators;
        this.history = history;
    }

    @InitBinder("evaluationForm")
    void allowFields(WebDataBinder binder) {
        binder.setAllowedFields(EvaluationForm.FIELDS);
    }

    @GetMapping("/programs/{programId}/evaluations")
    String list(@PathVariable long programId, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        // newest first unless a column header asked for another order (whitelisted)
        ListSort order = EvaluationService.order(sort, dir);
        model.addAttribute("evaluations", evaluations.evaluationsOfProgram(programId, order));
        model.addAttribute("listSort", order);
        model.addAttribute("programId", programId);
        model.addAttribute("program", indicators.program(programId));
        // htmx (a column header): only the table
        return htmx != null ? "evaluations/list :: results" : "evaluations/list";
    }

    @GetMapping("/programs/{programId}/evaluations/new")
    String newForm(@PathVariable long programId, Model model) {
        indicators.checkCanRecord();
        model.addAttribute("evaluationForm", new EvaluationForm());
        return form(programId, null, model);
    }

    @PostMapping("/programs/{programId}/evaluations")
    String create(@PathVariable long programId, @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
            BindingResult binding, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model, RedirectAttributes redirect) {
        indicators.checkCanRecord();
        if (binding.hasErrors()) {
            return form(programId, null, model);
        }
        try {
            long id = evaluations.create(programId, form.toCommand(), uploads(files));
            redirect.addFlashAttribute("flash", "evaluation.created");
            return "redirect:/evaluations/" + id;
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return form(programId, null, model);
        } catch (EvidenceRejectedException e) {
            model.addAttribute("fileError", e);
            return form(programId, null, model);
        }
    }

    @GetMapping("/evaluations/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(evaluations.get(id), model);
    }

    @GetMapping("/evaluations/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        indicators.checkCanRecord();
        EvaluationDetail detail = evaluations.get(id);
        model.addAttribute("evaluationForm", EvaluationForm.from(detail));
        return form(detail.programId(), detail, model);
    }

    @PostMapping("/evaluations/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        indicators.checkCanRecord();
        if (binding.hasErrors()) {
            EvaluationDetail detail = evaluations.get(id);
            return form(detail.programId(), detail, model);
        }
        try {
            evaluations.update(id, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            EvaluationDetail detail = evaluations.get(id);
            return form(detail.programId(), detail, model);
        }
        redirect.addFlashAttribute("flash", "evaluation.updated");
        return "redirect:/evaluations/" + id;
    }

    /**
     * Reloading the page after a failed save (a GET of the form's address): back to the evaluation and its evidence
     * form.
     */
    @GetMapping("/evaluations/{id}/evidence")
    String reloadEvidence(@PathVariable long id) {
        return "redirect:/evaluations/{id}#evidence-heading";
    }

    @PostMapping("/evaluations/{id}/evidence")
    String attach(@PathVariable long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Model model, RedirectAttributes redirect) {
        try {
            evaluations.attach(id, uploads(files));
        } catch (EvidenceRejectedException e) {
            model.addAttribute("fileError", e);
            return detailPage(evaluations.get(id), model);
        }
        redirect.addFlashAttribute("flash", "evaluation.evidence.attached");
        return "redirect:/evaluations/" + id;
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the evaluation. */
    @GetMapping("/evaluations/{id}/evidence/{fileId}/delete")
    String reloadRemoveEvidence(@PathVariable long id, @PathVariable long fileId) {
        return "redirect:/evaluations/{id}";
    }

    @PostMapping("/evaluations/{id}/evidence/{fileId}/delete")
    String removeEvidence(@PathVariable long id, @PathVariable long fileId,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            // nothing is removed until the user confirms: the question, once allowed to remove it (a file that is
            // not there has nothing to confirm: the removal below answers as it always did)
            indicators.checkCanRecord();
            EvaluationDetail evaluation = evaluations.get(id);
            var file = evaluation.files().stream().filter(f -> f.id() == fileId).findFirst();
            if (file.isPresent()) {
                return Confirmation.page(model, "evaluation.evidence.remove.confirm.page",
                        List.of(file.get().fileName(), evaluation.programTitle()), "evaluation.evidence.remove",
                        "/evaluations/" + id + "/evidence/" + fileId + "/delete", "/evaluations/" + id);
            }
        }
        evaluations.removeEvidence(id, fileId);
        redirect.addFlashAttribute("flash", "evaluation.evidence.removed");
        return "redirect:/evaluations/" + id;
    }

    /** The stored file as an attachment with its checked type, never rendered inline or sniffed. */
    @GetMapping("/evaluations/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        EvidenceDownload file = evaluations.download(id, fileId);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(file.contentType()));
        headers.setContentDisposition(ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build());
        headers.setContentLength(file.content().length);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl("private, no-store");
        return ResponseEntity.ok().headers(headers).body(file.content());
    }

    private static List<EvidenceUpload> uploads(List<MultipartFile> files) {
        return files == null ? List.of()
                : files.stream().map(f -> new EvidenceUpload(f.getOriginalFilename(), f.getSize(), f)).toList();
    }

    private String detailPage(EvaluationDetail detail, Model model) {
        model.addAttribute("evaluation", detail);
        model.addAttribute("history", history.evaluationHistory(detail.id()));
        model.addAttribute("limits", evaluations.limits());
        return "evaluations/detail";
    }

    private String form(long programId, EvaluationDetail existing, Model model) {
        model.addAttribute("programId", programId);
        model.addAttribute("evaluation", existing);
        model.addAttribute("program", indicators.program(programId));
        model.addAttribute("types", EvaluationType.values());
        model.addAttribute("ratings", RatingScale.steps());
        model.addAttribute("limits", evaluations.limits());
        return "evaluations/form";
    }
}
