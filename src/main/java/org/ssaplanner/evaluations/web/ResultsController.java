package org.ssaplanner.evaluations.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
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
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorDetail;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.PeriodValidationException;
import org.ssaplanner.evaluations.ResultsHistoryService;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.web.Confirmation;
import org.ssaplanner.shared.web.FieldErrors;

/** A program's results page, its indicators and their periods grid. */
@Controller
@RequestMapping("/programs/{programId}/results")
class ResultsController {

    private final IndicatorService indicators;
    private final ResultsHistoryService history;

    ResultsController(IndicatorService indicators, ResultsHistoryService history) {
        this.indicators = indicators;
        this.history = history;
    }

    @InitBinder("indicatorForm")
    void indicatorFields(WebDataBinder binder) {
        binder.setAllowedFields(IndicatorForm.FIELDS);
    }

    @InitBinder("periodsForm")
    void periodFields(WebDataBinder binder) {
        binder.setAllowedFields(PeriodsForm.FIELDS);
        binder.setAutoGrowCollectionLimit(PeriodsForm.MAX_ROWS);
    }

    @GetMapping
    String results(@PathVariable long programId, Model model) {
        model.addAttribute("summary", indicators.resultsSummary(programId));
        model.addAttribute("programId", programId);
        return "evaluations/results";
    }

    @GetMapping("/indicators/new")
    String newIndicator(@PathVariable long programId, Model model) {
        indicators.checkCanRecord();
        model.addAttribute("indicatorForm", new IndicatorForm());
        return indicatorForm(programId, null, model);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the new-indicator form. */
    @GetMapping("/indicators")
    String reloadNewIndicator(@PathVariable long programId) {
        return "redirect:/programs/{programId}/results/indicators/new";
    }

    @PostMapping("/indicators")
    String create(@PathVariable long programId, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        indicators.checkCanRecord();
        if (binding.hasErrors()) {
            return indicatorForm(programId, null, model);
        }
        try {
            long id = indicators.create(programId, form.toCommand());
            redirect.addFlashAttribute("flash", "indicator.created");
            return "redirect:/programs/" + programId + "/results/indicators/" + id + "/periods";
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return indicatorForm(programId, null, model);
        }
    }

    @GetMapping("/indicators/{indicatorId}/edit")
    String edit(@PathVariable long programId, @PathVariable long indicatorId, Model model) {
        indicators.checkCanRecord();
        model.addAttribute("indicatorForm", IndicatorForm.from(indicators.indicator(programId, indicatorId)));
        return indicatorForm(programId, indicatorId, model);
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the indicator form. */
    @GetMapping("/indicators/{indicatorId}")
    String reloadIndicator(@PathVariable long programId, @PathVariable long indicatorId) {
        return "redirect:/programs/{programId}/results/indicators/{indicatorId}/edit";
    }

    @PostMapping("/indicators/{indicatorId}")
    String update(@PathVariable long programId, @PathVariable long indicatorId,
            @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        indicators.checkCanRecord();
        if (binding.hasErrors()) {
            return indicatorForm(programId, indicatorId, model);
        }
        try {
            indicators.update(programId, indicatorId, form.getVersion(), form.toCommand());
        } catch (FieldValidationException e) {
            FieldErrors.reject(binding, e);
            return indicatorForm(programId, indicatorId, model);
        }
        redirect.addFlashAttribute("flash", "indicator.updated");
        return "redirect:/programs/" + programId + "/results#indicator-" + indicatorId;
    }

    /** Reloading the confirmation page of an irreversible action (a GET of its address): back to the results. */
    @GetMapping("/indicators/{indicatorId}/delete")
    String reloadDelete(@PathVariable long programId, @PathVariable long indicatorId) {
        return "redirect:/programs/{programId}/results";
    }

    @PostMapping("/indicators/{indicatorId}/delete")
    String delete(@PathVariable long programId, @PathVariable long indicatorId,
            @RequestParam(name = Confirmation.PARAMETER, required = false) String confirm, Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.given(confirm)) {
            // nothing is deleted until the user confirms: the question, once allowed to delete it
            indicators.checkCanRecord();
            IndicatorDetail indicator = indicators.indicator(programId, indicatorId);
            return Confirmation.page(model, "results.deleteIndicator.confirm.page", List.of(indicator.name()),
                    "results.deleteIndicator", "/programs/" + programId + "/results/indicators/" + indicatorId
                            + "/delete", "/programs/" + programId + "/results");
        }
        indicators.delete(programId, indicatorId);
        redirect.addFlashAttribute("flash", "indicator.deleted");
        return "redirect:/programs/" + programId + "/results";
    }

    @GetMapping("/indicators/{indicatorId}/periods")
    String periods(@PathVariable long programId, @PathVariable long indicatorId, Model model) {
        indicators.checkCanRecord();
        IndicatorDetail indicator = indicators.indicator(programId, indicatorId);
        model.addAttribute("periodsForm", PeriodsForm.from(indicator));
        return periodsPage(programId, indicator, model);
    }

    /** Save all rows at once; with "addRow" (the plain-form add button) only shows one more empty row. */
    @PostMapping("/indicators/{indicatorId}/periods")
    String savePeriods(@PathVariable long programId, @PathVariable long indicatorId,
            @Valid @ModelAttribute("periodsForm") PeriodsForm form, BindingResult binding,
            @RequestParam(name = "addRow", required = false) String addRow, Model model,
            RedirectAttributes redirect) {
        indicators.checkCanRecord();
        IndicatorDetail indicator = indicators.indicator(programId, indicatorId);
        if (addRow != null) {
            return addRow(programId, indicator, form, model);
        }
        if (binding.hasErrors()) {
            return periodsPage(programId, indicator, model);
        }
        List<Integer> indexOf = new ArrayList<>();
        try {
            indicators.savePeriods(programId, indicatorId, form.getVersion(), form.toCommands(indexOf));
        } catch (PeriodValidationException e) {
            e.errors().forEach(error -> binding.rejectValue(
                    "rows[" + indexOf.get(error.row()) + "]." + error.field(), error.messageKey()));
            return periodsPage(programId, indicator, model);
        }
        redirect.addFlashAttribute("flash", "periods.saved");
        return "redirect:/programs/" + programId + "/results#indicator-" + indicatorId;
    }

    /** Reloading the page after a failed save (a GET of the form's address): back to the periods form. */
    @GetMapping("/indicators/{indicatorId}/periods/rows")
    String reloadPeriodRows(@PathVariable long programId, @PathVariable long indicatorId) {
        return "redirect:/programs/{programId}/results/indicators/{indicatorId}/periods";
    }

    /** htmx: the same grid with one more row, rows as typed so far (the page swaps in just the grid). */
    @PostMapping("/indicators/{indicatorId}/periods/rows")
    String addRowFragment(@PathVariable long programId, @PathVariable long indicatorId,
            @ModelAttribute("periodsForm") PeriodsForm form, Model model) {
        indicators.checkCanRecord();
        return addRow(programId, indicators.indicator(programId, indicatorId), form, model) + " :: grid";
    }

    private String addRow(long programId, IndicatorDetail indicator, PeriodsForm form, Model model) {
        form.addBlankRow();
        return periodsPage(programId, indicator, model);
    }

    private String periodsPage(long programId, IndicatorDetail indicator, Model model) {
        model.addAttribute("programId", programId);
        model.addAttribute("indicator", indicator);
        model.addAttribute("program", indicators.program(programId));
        return "evaluations/periods";
    }

    private String indicatorForm(long programId, Long indicatorId, Model model) {
        model.addAttribute("programId", programId);
        model.addAttribute("indicatorId", indicatorId);
        model.addAttribute("history", indicatorId == null ? null : history.indicatorHistory(programId, indicatorId));
        model.addAttribute("program", indicators.program(programId));
        model.addAttribute("outcomeChoices", indicators.outcomeChoices(programId));
        model.addAttribute("unitChoices", indicators.unitChoices(programId));
        model.addAttribute("levels", MetricLevel.values());
        model.addAttribute("measures", IndicatorMeasure.values());
        model.addAttribute("directions", Direction.values());
        return "evaluations/indicator-form";
    }
}
