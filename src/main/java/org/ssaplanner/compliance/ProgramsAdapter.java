package org.ssaplanner.compliance;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.ssaplanner.programs.ProgramActivationGuard;
import org.ssaplanner.programs.ProgramChanged;
import org.ssaplanner.shared.security.CurrentUsers;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Connects compliance to the programs module: findings are recomputed whenever a program changes, and a
 * program with a blocking finding cannot become active ({@link ProgramActivationGuard}, which programs
 * declares so that it need not depend on compliance). Compliance depends on programs, never the other way round.
 */
@Component
class ProgramsAdapter implements ProgramActivationGuard {

    private static final Logger log = LoggerFactory.getLogger(ProgramsAdapter.class);

    private final FindingRecomputationService recomputation;
    private final SuspensionService suspensions;

    ProgramsAdapter(FindingRecomputationService recomputation, SuspensionService suspensions) {
        this.recomputation = recomputation;
        this.suspensions = suspensions;
    }

    @Override
    public List<String> blockingReasons(long programId) {
        return recomputation.blockingReasons(programId);
    }

    /** The blocking findings now, each as its citation and (title), to name them when an obligation is recorded. */
    @Override
    public List<String> blockingFindings(long programId) {
        return recomputation.knownFacts(programId)
                .map(f -> recomputation.evaluate(f, FindingRecomputationService.today()))
                .orElse(List.of()).stream().filter(Finding::blocking)
                .map(f -> f.restrictionCitation() + " (" + f.restrictionTitle() + ")").distinct().toList();
    }

    /** Findings follow every saved change of a program, before the user sees the next page. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onProgramChanged(ProgramChanged event) {
        String by = CurrentUsers.currentUsernameOrSystem();
        try {
            SystemAuthentication.run(() -> {
                recomputation.recompute(event.programId());
                // a program that left SUSPENDED (resumed, terminated) ends its suspension of assistance
                suspensions.endUnlessSuspended(event.programId(), by);
            });
        } catch (RuntimeException e) {
            // the nightly run recomputes everything; a failure here must not undo the user's saved change
            log.warn("Compliance recomputation of program {} failed; the nightly run will retry", event.programId(), e);
        }
    }
}
