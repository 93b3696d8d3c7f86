package org.ssaplanner.compliance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.ssaplanner.authorities.AuthorityChanged;
import org.ssaplanner.authorities.RestrictionChanged;
import org.ssaplanner.authorities.WaiverChanged;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Recomputes findings after a waiver, restriction, authority or human-rights record change has been
 * committed (synchronously, in a new transaction, as the system user). A failure is logged and left to
 * the nightly recomputation; it never undoes the user's change.
 */
@Component
class ComplianceEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceEventListener.class);

    private final FindingRecomputationService recomputation;

    ComplianceEventListener(FindingRecomputationService recomputation) {
        this.recomputation = recomputation;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(WaiverChanged event) {
        safely("waiver " + event.waiverId(), () -> recomputation.recompute(event.programId()));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(HumanRightsRecordChanged event) {
        safely("unit " + event.unitId(), () -> recomputation.recomputeForUnit(event.unitId()));
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(RestrictionChanged event) {
        safely("restriction " + event.restrictionId(), recomputation::recomputeAll);
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void on(AuthorityChanged event) {
        safely("authority " + event.authorityId(), recomputation::recomputeAll);
    }

    private static void safely(String what, Runnable work) {
        try {
            SystemAuthentication.run(work);
        } catch (RuntimeException e) {
            LOG.error("Recomputing compliance findings after a change of {} failed; the nightly run will retry", what, e);
        }
    }
}
