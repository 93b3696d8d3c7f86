package org.ssaplanner.programs;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.plans.PlanPermissions;
import org.ssaplanner.programs.domain.ProgramRepository;
import org.ssaplanner.programs.domain.ProgramRepository.Placement;
import org.ssaplanner.shared.security.CurrentUser;

/**
 * Program rules for method security: whoever may edit the plan (administrators, its conductor) may
 * edit all its programs; a planner whose agency participates in the plan may create and edit the
 * programs their own agency leads (and may not hand the lead to another agency). Unknown programs are
 * let through so that the service answers 404.
 */
@Component("programPermissions")
class ProgramPermissions {

    private final PlanPermissions planPermissions;
    private final ProgramRepository programs;

    ProgramPermissions(PlanPermissions planPermissions, ProgramRepository programs) {
        this.planPermissions = planPermissions;
        this.programs = programs;
    }

    public boolean canCreate(long planId, Long leadAgencyId, Authentication authentication) {
        if (planPermissions.canEdit(planId, authentication)) {
            return true;
        }
        return planPermissions.canContribute(planId, authentication) && ownAgency(leadAgencyId, authentication);
    }

    public boolean canEdit(long programId, Authentication authentication) {
        Optional<Placement> placement = programs.placementReadOnce(programId);
        if (placement.isEmpty()) {
            return true;
        }
        long planId = placement.get().planId();
        if (planPermissions.canEdit(planId, authentication)) {
            return true;
        }
        return planPermissions.canContribute(planId, authentication)
                && ownAgency(placement.get().leadAgencyId(), authentication);
    }

    /** Edit, and the lead agency after the change is still the planner's own (unless they edit the whole plan). */
    public boolean canSave(long programId, Long newLeadAgencyId, Authentication authentication) {
        Optional<Placement> placement = programs.placementReadOnce(programId);
        if (placement.isEmpty() || planPermissions.canEdit(placement.get().planId(), authentication)) {
            return true;
        }
        return canEdit(programId, authentication) && ownAgency(newLeadAgencyId, authentication);
    }

    private static boolean ownAgency(Long agencyId, Authentication authentication) {
        return agencyId != null && authentication.getPrincipal() instanceof CurrentUser user
                && user.agencyId() == agencyId;
    }
}
