package org.ssaplanner.concurrence;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Who may answer a concurrence request ({@code @concurrencePermissions.canAnswer(#planId, #agencyId,
 * authentication)}): a concurrence official of that agency (the duty is held for one's own agency only), never for
 * another agency, and never the plan's conductor (the conductor does not concur with their own plan: separation of
 * duties). An unknown plan is let through so that the service answers 404.
 */
@Component("concurrencePermissions")
public class ConcurrencePermissions {

    private final UserAccountService users;
    private final PlanService plans;

    ConcurrencePermissions(UserAccountService users, PlanService plans) {
        this.users = users;
        this.plans = plans;
    }

    public boolean canAnswer(long planId, Long agencyId, Authentication authentication) {
        if (agencyId == null || authentication == null
                || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return false;
        }
        return officialAgency(user).filter(agencyId::equals).isPresent() && !isConductor(planId, user);
    }

    /**
     * Who may accept or decline an agency's invitation to take part in a plan: the agency's concurrence official,
     * and administrators.
     */
    public boolean canAnswerInvitation(long planId, Long agencyId, Authentication authentication) {
        if (agencyId == null || authentication == null
                || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return false;
        }
        return user.hasRole(Role.ADMIN) || officialAgency(user).filter(agencyId::equals).isPresent();
    }

    /** The agency the user answers for, if they hold the duty. */
    Optional<Long> officialAgency(CurrentUser user) {
        return users.concurrenceAgencyOf(user.id());
    }

    boolean isConductor(long planId, CurrentUser user) {
        try {
            return plans.context(planId).conductorUserId() == user.id();
        } catch (NotFoundException e) {
            return false;
        }
    }
}
