package org.ssaplanner.evaluations.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.ssaplanner.evaluations.PeriodCommand;

/**
 * The periods of an indicator, all of them, as the browser's periods form sends them: a period with an id is
 * changed, one without is added, one left out is removed.
 */
record PeriodsBody(@NotNull @Size(max = 200) @Valid List<Period> periods) {

    record Period(@Schema(description = "the period's id; none for a new period") Long id,
            @Schema(example = "2027-01-01") LocalDate start, @Schema(example = "2027-06-30") LocalDate end,
            @Schema(description = "a number, or a level or text for ordinal and qualitative indicators", example = "40")
            String target, @Schema(example = "32") String actual, String comment) {
    }

    List<PeriodCommand> toCommands() {
        return periods.stream().map(p -> new PeriodCommand(p.id(), p.start(), p.end(), p.target(), p.actual(),
                p.comment())).toList();
    }
}
