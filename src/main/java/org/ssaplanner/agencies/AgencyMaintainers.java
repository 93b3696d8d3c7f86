package org.ssaplanner.agencies;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * The one rule of who maintains an agency's records (country teams, the workforce): an administrator, or a planner of
 * the agency or of one above it in the agencies tree (a State planner those of INL, an INL planner only INL's).
 * {@code null} (a form that left the agency empty) is let through for those who may maintain some agency, so that
 * the validation that asks for it answers.
 */
@Component
public class AgencyMaintainers {

    private final AgencyService agencies;

    AgencyMaintainers(AgencyService agencies) {
        this.agencies = agencies;
    }

    /** May the user maintain the records of some agency (an administrator, or any planner)? */
    public boolean canMaintainSome(Authentication authentication) {
        return hasRole(authentication, Role.ADMIN) || planner(authentication) != null;
    }

    /** May the user maintain the records of this agency, or make a record belong to it? */
    public boolean canMaintain(Long agencyId, Authentication authentication) {
        if (hasRole(authentication, Role.ADMIN)) {
            return true;
        }
        CurrentUser planner = planner(authentication);
        return planner != null && (agencyId == null || within(agencyId, planner.agencyId()));
    }

    /** Whether {@code agencyId} is {@code ancestorId} or lies below it in the agencies tree. */
    public boolean within(long agencyId, long ancestorId) {
        Map<Long, Long> parents = new HashMap<>();
        for (AgencySummary agency : agencies.tree()) {
            parents.put(agency.id(), agency.parentId());
        }
        Long current = agencyId;
        int depth = 0;
        while (current != null && depth++ < 50) {
            if (current == ancestorId) {
                return true;
            }
            current = parents.get(current);
        }
        return false;
    }

    /** Whether the user holds the role. */
    public static boolean hasRole(Authentication authentication, Role role) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    private static CurrentUser planner(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && user.hasRole(Role.PLANNER)) {
            return user;
        }
        return null;
    }
}
