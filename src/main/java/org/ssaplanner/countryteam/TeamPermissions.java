package org.ssaplanner.countryteam;

import java.util.HashMap;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.countryteam.domain.TeamMemberRepository;
import org.ssaplanner.countryteam.domain.TeamPostRepository;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Who may change a country team, for method security ({@code @teamPermissions.canEditMember(#memberId,
 * authentication)}): administrators change every entry; a planner changes the entries of their own agency and of the
 * agencies below it in the tree (a State planner those of INL, an INL planner only INL's), and adds entries for them.
 * Evaluators and oversight users read. An unknown entry is let through so that the service answers 404, not 403.
 */
@Component("teamPermissions")
public class TeamPermissions {

    private final AgencyService agencies;
    private final TeamMemberRepository members;
    private final TeamPostRepository posts;

    TeamPermissions(AgencyService agencies, TeamMemberRepository members, TeamPostRepository posts) {
        this.agencies = agencies;
        this.members = members;
        this.posts = posts;
    }

    /** May the user add entries to a country team at all (for some agency)? */
    public boolean canAdd(Authentication authentication) {
        return hasRole(authentication, Role.ADMIN) || planner(authentication) != null;
    }

    /**
     * May the user make an entry belong to this agency? {@code null} (the form left it empty) is let through to the
     * validation that asks for it, for those who may add at all.
     */
    public boolean canEditAgency(Long agencyId, Authentication authentication) {
        if (hasRole(authentication, Role.ADMIN)) {
            return true;
        }
        CurrentUser planner = planner(authentication);
        if (planner == null) {
            return false;
        }
        return agencyId == null || within(agencyId, planner.agencyId());
    }

    public boolean canEditMember(long memberId, Authentication authentication) {
        return members.findById(memberId).map(m -> canEditAgency(m.getAgencyId(), authentication))
                .orElse(canAdd(authentication));
    }

    public boolean canEditPost(long postId, Authentication authentication) {
        return posts.findById(postId).map(p -> canEditAgency(p.getAgencyId(), authentication))
                .orElse(canAdd(authentication));
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

    private static boolean hasRole(Authentication authentication, Role role) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
