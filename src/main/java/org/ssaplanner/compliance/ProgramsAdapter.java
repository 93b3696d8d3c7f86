package org.ssaplanner.compliance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.ssaplanner.programs.ProgramActivationGuard;
import org.ssaplanner.programs.ProgramChanged;
import org.ssaplanner.programs.ProgramComplianceFacts;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Connects compliance to the programs module: program facts come from the programs API, findings are
 * recomputed whenever a program changes, and a program with a blocking finding cannot become active.
 * Compliance depends on programs, never the other way round.
 */
@Component
class ProgramsAdapter implements ProgramFactsSource, ProgramActivationGuard {

    private static final Logger log = LoggerFactory.getLogger(ProgramsAdapter.class);

    private final ProgramService programs;
    private final ComplianceService compliance;

    ProgramsAdapter(ProgramService programs, ComplianceService compliance) {
        this.programs = programs;
        this.compliance = compliance;
    }

    @Override
    public Optional<ProgramFacts> facts(long programId) {
        // ask first instead of catching ProgramNotFoundException: a thrown exception would mark the
        // caller's transaction rollback-only
        return SystemAuthentication.call(() -> programs.titles(List.of(programId)).isEmpty()
                ? Optional.empty()
                : Optional.of(toFacts(programs.facts(programId))));
    }

    @Override
    public List<ProgramFacts> factsForUnit(long unitId) {
        return SystemAuthentication.call(() -> programs.factsForUnit(unitId)).stream()
                .map(ProgramsAdapter::toFacts).toList();
    }

    @Override
    public List<Long> allProgramIds() {
        return SystemAuthentication.call(programs::allProgramIds);
    }

    @Override
    public List<String> blockingReasons(long programId) {
        return compliance.blockingReasons(programId);
    }

    /** Findings follow every saved change of a program, before the user sees the next page. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onProgramChanged(ProgramChanged event) {
        try {
            SystemAuthentication.run(() -> compliance.recompute(event.programId()));
        } catch (RuntimeException e) {
            // the nightly run recomputes everything; a failure here must not undo the user's saved change
            log.warn("Compliance recomputation of program {} failed; the nightly run will retry", event.programId(), e);
        }
    }

    private static ProgramFacts toFacts(ProgramComplianceFacts f) {
        return new ProgramFacts(f.programId(), f.planId(), f.countryId(), f.title(), f.leadAgencyId(),
                f.recipientUnitId(), f.recipientTypeCode(), f.assistanceTypeCode(), f.capabilityDomainCodes(),
                f.authorityIds(), f.status().name(), f.startDate(), f.endDate(), f.fiscalYears(),
                f.totalAllocated() == null ? BigDecimal.ZERO : f.totalAllocated(), f.allocatedByFiscalYear());
    }
}
