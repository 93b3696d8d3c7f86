package org.ssaplanner.compliance;

import java.util.List;
import java.util.Optional;

/**
 * SPI the programs module implements (an optional bean). Without it, compliance works on the facts
 * last given to {@link ComplianceService#recompute(ProgramFacts)}.
 */
public interface ProgramFactsSource {

    Optional<ProgramFacts> facts(long programId);

    /** Programs whose recipient is the given partner unit. */
    List<ProgramFacts> factsForUnit(long unitId);

    List<Long> allProgramIds();
}
