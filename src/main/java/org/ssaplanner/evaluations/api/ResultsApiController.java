package org.ssaplanner.evaluations.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.ssaplanner.evaluations.EvaluationService;
import org.ssaplanner.evaluations.EvaluationSummary;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.PeriodValidationException;
import org.ssaplanner.shared.api.ApiController;
import org.ssaplanner.shared.api.Versions;

/**
 * A program's results over the REST API: its indicators with their periods, recording targets and actuals (as the
 * browser's periods form, for the evaluators and planners who may), and its evaluations' metadata.
 */
@ApiController
@RequestMapping("/api/v1/programs/{programId}")
@Tag(name = "Results", description = "Indicators with baselines, targets and actuals per period; evaluations")
class ResultsApiController {

    private final IndicatorService indicators;
    private final EvaluationService evaluations;
    private final MessageSource messages;

    ResultsApiController(IndicatorService indicators, EvaluationService evaluations, MessageSource messages) {
        this.indicators = indicators;
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @GetMapping("/indicators")
    @Operation(summary = "A program's indicators", description = "Each with its periods and progress, input level "
            + "first.")
    List<IndicatorResource> list(@PathVariable long programId) {
        return indicators.resultsSummary(programId).indicators().stream().map(IndicatorResource::of).toList();
    }

    @GetMapping("/indicators/{indicatorId}")
    @Operation(summary = "One indicator", description = "Its ETag is its version: send it back in If-Match to "
            + "record periods.")
    ResponseEntity<IndicatorResource> get(@PathVariable long programId, @PathVariable long indicatorId) {
        IndicatorResource indicator = IndicatorResource.of(indicators.indicator(programId, indicatorId));
        return ResponseEntity.ok().eTag(Versions.etag(indicator.version())).body(indicator);
    }

    @PutMapping("/indicators/{indicatorId}/periods")
    @Operation(summary = "Record an indicator's periods", description = "All periods at once: targets and actuals "
            + "with the checks of the browser's form (no overlaps, no actual before a period starts). Requires "
            + "If-Match: 428 without it, 412 when the indicator changed meanwhile.")
    ResponseEntity<IndicatorResource> savePeriods(@PathVariable long programId, @PathVariable long indicatorId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody PeriodsBody body) {
        indicators.savePeriods(programId, indicatorId, Versions.fromIfMatch(ifMatch), body.toCommands());
        return get(programId, indicatorId);
    }

    @GetMapping("/evaluations")
    @Operation(summary = "A program's evaluations", description = "Metadata: type, evaluator, date, quality and "
            + "effect ratings, the number of evidence files (the files stay in the browser).")
    List<EvaluationSummary> evaluations(@PathVariable long programId) {
        indicators.program(programId); // an unknown program is a 404, not an empty list
        return evaluations.evaluationsOfProgram(programId);
    }

    /** Refused periods: each with its row (from 0) and field, in the words of the browser's form. */
    @ExceptionHandler(PeriodValidationException.class)
    ProblemDetail refusedPeriods(PeriodValidationException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Nothing was saved; see errors for each period.");
        problem.setTitle("Invalid input");
        problem.setProperty("errors", e.errors().stream().map(error -> Map.of("field",
                "periods[" + error.row() + "]." + error.field(), "message",
                messages.getMessage(error.messageKey(), null, error.messageKey(), locale))).toList());
        return problem;
    }
}
