package org.ssaplanner.plans;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.plans.domain.CountryPlanRepository;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Who may change what in a plan, for method security ({@code @planPermissions.canEdit(#id, authentication)}):
 * administrators and the plan's conductor edit everything in it; a planner whose agency participates
 * may add programs (led by their own agency). An unknown plan is let through so that the service
 * answers 404 rather than 403.
 * <p>Separation of duties (NIST SP 800-53 AC-5): the conductor may not approve their own plan alone. Approval
 * needs the concurrence of the participating agencies or an administrator's decision; until the concurrence
 * workflow exists, only an administrator approves.
 */
@Component("planPermissions")
public class PlanPermissions {

    private final CountryPlanRepository plans;

    PlanPermissions(CountryPlanRepository plans) {
        this.plans = plans;
    }

    public boolean canEdit(long planId, Authentication authentication) {
        if (hasRole(authentication, Role.ADMIN)) {
            return true;
        }
        if (!(authentication.getPrincipal() instanceof CurrentUser user) || !user.hasRole(Role.PLANNER)) {
            return false;
        }
        List<Long> conductor = plans.conductorOf(planId);
        return conductor.isEmpty() || conductor.get(0) == user.id();
    }

    /** May the user take this status action on the plan? Approval is an administrator's decision. */
    public boolean canTransition(long planId, PlanAction action, Authentication authentication) {
        if (action == PlanAction.APPROVE) {
            return hasRole(authentication, Role.ADMIN);
        }
        return canEdit(planId, authentication);
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
