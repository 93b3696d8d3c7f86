package org.ssaplanner.concurrence;

import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.ssaplanner.concurrence.domain.ConcurrenceInvitation;
import org.ssaplanner.concurrence.domain.ConcurrenceInvitationRepository;
import org.ssaplanner.plans.AgencyInvited;
import org.ssaplanner.plans.PlanParticipantsChanged;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Keeps the invitations to take part with the plan's participation, in the plan's transaction: an invited agency's
 * acceptance is awaited from its concurrence official (a pending invitation of the same agency is replaced), and a
 * pending invitation of an agency removed from the plan is withdrawn.
 */
@Component
class InvitationListener {

    private final ConcurrenceInvitationRepository invitations;

    InvitationListener(ConcurrenceInvitationRepository invitations) {
        this.invitations = invitations;
    }

    @EventListener
    void on(AgencyInvited event) {
        Instant now = Instant.now();
        invitations.findByPlanIdAndAgencyIdAndStatus(event.planId(), event.agencyId(), InvitationStatus.PENDING)
                .ifPresent(previous -> {
                    previous.withdraw(event.invitedBy(), now);
                    invitations.saveAndFlush(previous);
                });
        invitations.save(new ConcurrenceInvitation(event.planId(), event.agencyId(), event.invitedBy(), now));
    }

    @EventListener
    void on(PlanParticipantsChanged event) {
        if (event.participatingAgencyIds().isEmpty()) {
            return;
        }
        String actor = CurrentUsers.currentUsernameOrSystem();
        Instant now = Instant.now();
        invitations.pendingOutside(event.planId(), event.participatingAgencyIds()).forEach(invitation -> {
            invitation.withdraw(actor, now);
            invitations.save(invitation);
        });
    }
}
