package org.ssaplanner.workforce;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.workforce.domain.PersonRepository;
import org.ssaplanner.workforce.domain.PositionRepository;

/**
 * Who may maintain the workforce and see personal data, for method security ({@code @workforcePermissions}):
 * administrators maintain every person and position; a planner those of their own agency and the agencies below it.
 * Certifications, training, date of birth and employee number are seen by administrators, evaluators and planners
 * of the person's agency (or one above it). An unknown record is let through so that the service answers 404.
 */
@Component("workforcePermissions")
public class WorkforcePermissions {

    private final AgencyService agencies;
    private final PersonRepository people;
    private final PositionRepository positions;

    WorkforcePermissions(AgencyService agencies, PersonRepository people, PositionRepository positions) {
        this.agencies = agencies;
        this.people = people;
        this.positions = positions;
    }

    /** May the user add people or positions at all (for some agency)? */
    public boolean canAdd(Authentication authentication) {
        return hasRole(authentication, Role.ADMIN) || planner(authentication) != null;
    }

    /** May the user make a record belong to this agency? null is let through to the validation that asks for it. */
    public boolean canMaintainAgency(Long agencyId, Authentication authentication) {
        if (hasRole(authentication, Role.ADMIN)) {
            return true;
        }
        CurrentUser planner = planner(authentication);
        return planner != null && (agencyId == null || within(agencyId, planner.agencyId()));
    }

    public boolean canEditPerson(long personId, Authentication authentication) {
        return people.findById(personId).map(p -> canMaintainAgency(p.getAgencyId(), authentication))
                .orElse(canAdd(authentication));
    }

    public boolean canEditPosition(long positionId, Authentication authentication) {
        return positions.findById(positionId).map(p -> canMaintainAgency(p.getAgencyId(), authentication))
                .orElse(canAdd(authentication));
    }

    /** Certifications and other personal data of people of this agency. */
    public boolean canSeePersonalData(long agencyId, Authentication authentication) {
        return hasRole(authentication, Role.ADMIN) || hasRole(authentication, Role.EVALUATOR)
                || canMaintainAgency(agencyId, authentication);
    }

    public boolean canSeeCertifications(long personId, Authentication authentication) {
        return people.findById(personId).map(p -> canSeePersonalData(p.getAgencyId(), authentication))
                .orElse(authentication != null && authentication.isAuthenticated());
    }

    /** Whether {@code agencyId} is {@code ancestorId} or lies below it in the agencies tree. */
    boolean within(long agencyId, long ancestorId) {
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

    private static CurrentUser planner(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                && user.hasRole(Role.PLANNER)) {
            return user;
        }
        return null;
    }

    static boolean hasRole(Authentication authentication, Role role) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
