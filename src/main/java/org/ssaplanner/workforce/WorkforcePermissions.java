package org.ssaplanner.workforce;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.agencies.AgencyMaintainers;
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

    private final AgencyMaintainers maintainers;
    private final PersonRepository people;
    private final PositionRepository positions;

    WorkforcePermissions(AgencyMaintainers maintainers, PersonRepository people, PositionRepository positions) {
        this.maintainers = maintainers;
        this.people = people;
        this.positions = positions;
    }

    /** May the user add people or positions at all (for some agency)? */
    public boolean canAdd(Authentication authentication) {
        return maintainers.canMaintainSome(authentication);
    }

    /** May the user make a record belong to this agency? null is let through to the validation that asks for it. */
    public boolean canMaintainAgency(Long agencyId, Authentication authentication) {
        return maintainers.canMaintain(agencyId, authentication);
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

    /**
     * Who links a person to a user: administrators only. Planners of the agency maintain the person, but the link
     * names a sign-in account, and accounts are the administrators' (a planner cannot list or look them up).
     */
    public boolean canLinkUsers(Authentication authentication) {
        return hasRole(authentication, Role.ADMIN);
    }

    /** Administrators (the workload rules, and anything else only they maintain). */
    public boolean isAdmin(Authentication authentication) {
        return hasRole(authentication, Role.ADMIN);
    }

    static boolean hasRole(Authentication authentication, Role role) {
        return AgencyMaintainers.hasRole(authentication, role);
    }
}
