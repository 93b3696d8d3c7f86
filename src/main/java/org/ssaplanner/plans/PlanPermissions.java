package org.ssaplanner.plans;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.plans.domain.CountryPlanRepository;
import org.ssaplanner.shared.ReadOncePerRequest;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Who may change what in a plan, for method security ({@code @planPermissions.canEdit(#id, authentication)}):
 * administrators and the plan's conductor edit everything in it; a planner whose agency participates
 * may add programs (led by their own agency). An unknown plan is let through so that the service
 * answers 404 rather than 403.
 * <p>Separation of duties (NIST SP 800-53 AC-5): the conductor never approves their own plan alone. Approval of a
 * plan in interagency review follows the {@link PlanApprovalGate} (issue 14): once every participating agency
 * concurred, the conductor or an administrator approves; with a non-concurrence or an overdue answer only an
 * administrator does (with a justification, see {@link PlanService#approve}); while answers are awaited nobody does.
 * Without a gate only an administrator approves.
 */
@Component("planPermissions")
public class PlanPermissions {

    private final CountryPlanRepository plans;
    private final ObjectProvider<PlanApprovalGate> gates;
    private final UserAccountService users;

    PlanPermissions(CountryPlanRepository plans, ObjectProvider<PlanApprovalGate> gates, UserAccountService users) {
        this.plans = plans;
        this.gates = gates;
        this.users = users;
    }

    /**
     * May the user take the agency out of the plan ({@link PlanService#withdrawAgency})? Administrators, and the
     * agency's own concurrence official answering for it (declining an invitation to take part).
     */
    public boolean canWithdrawAgency(long planId, long agencyId, Authentication authentication) {
        if (hasRole(authentication, Role.ADMIN)) {
            return true;
        }
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && users.concurrenceAgencyOf(user.id()).filter(a -> a == agencyId).isPresent();
    }

    public boolean canEdit(long planId, Authentication authentication) {
        if (hasRole(authentication, Role.ADMIN)) {
            return true;
        }
        if (!(authentication.getPrincipal() instanceof CurrentUser user) || !user.hasRole(Role.PLANNER)) {
            return false;
        }
        List<Long> conductor = conductorOf(planId);
        return conductor.isEmpty() || conductor.get(0) == user.id();
    }

    /** May the user take this status action on the plan? Approval follows the concurrence of the agencies. */
    public boolean canTransition(long planId, PlanAction action, Authentication authentication) {
        if (action == PlanAction.APPROVE) {
            return canApprove(planId, authentication);
        }
        return canEdit(planId, authentication);
    }

    private boolean canApprove(long planId, Authentication authentication) {
        boolean admin = hasRole(authentication, Role.ADMIN);
        List<PlanStatus> status = plans.statusOf(planId);
        if (status.isEmpty() || status.get(0) != PlanStatus.INTERAGENCY_REVIEW) {
            // unknown plan: the service answers 404; not in review: the administrator hears that it cannot move
            return admin;
        }
        return switch (approval(planId).kind()) {
            case CONCURRED -> admin || isConductor(planId, authentication);
            case OVERRIDE, ADMINISTRATOR -> admin;
            case PENDING -> false;
        };
    }

    /** What approving the plan takes now (ask only for a plan in interagency review). */
    public PlanApproval approval(long planId) {
        PlanApprovalGate gate = gates.getIfAvailable();
        return gate == null ? PlanApproval.administratorOnly() : gate.approval(planId);
    }

    /** The plan's conductor (none when the plan does not exist): asked by every check, read once per page view. */
    private List<Long> conductorOf(long planId) {
        return ReadOncePerRequest.get("plan.conductor." + planId, () -> plans.conductorOf(planId));
    }

    private boolean isConductor(long planId, Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof CurrentUser user) || !user.hasRole(Role.PLANNER)) {
            return false;
        }
        List<Long> conductor = conductorOf(planId);
        return !conductor.isEmpty() && conductor.get(0) == user.id();
    }

    /** May the user add or edit programs led by their own agency in this plan? */
    public boolean canContribute(long planId, Authentication authentication) {
        if (canEdit(planId, authentication)) {
            return true;
        }
        return authentication.getPrincipal() instanceof CurrentUser user && user.hasRole(Role.PLANNER)
                && plans.participates(planId, user.agencyId());
    }

    private static boolean hasRole(Authentication authentication, Role role) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
