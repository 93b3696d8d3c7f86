package org.ssaplanner.countryteam;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.agencies.AgencyMaintainers;
import org.ssaplanner.countryteam.domain.TeamMemberRepository;
import org.ssaplanner.countryteam.domain.TeamPostRepository;

/**
 * Who may change a country team, for method security ({@code @teamPermissions.canEditMember(#memberId,
 * authentication)}): administrators change every entry; a planner changes the entries of their own agency and of the
 * agencies below it in the tree (a State planner those of INL, an INL planner only INL's), and adds entries for them.
 * Evaluators and oversight users read. An unknown entry is let through so that the service answers 404, not 403.
 */
@Component("teamPermissions")
public class TeamPermissions {

    private final AgencyMaintainers maintainers;
    private final TeamMemberRepository members;
    private final TeamPostRepository posts;

    TeamPermissions(AgencyMaintainers maintainers, TeamMemberRepository members, TeamPostRepository posts) {
        this.maintainers = maintainers;
        this.members = members;
        this.posts = posts;
    }

    /** May the user add entries to a country team at all (for some agency)? */
    public boolean canAdd(Authentication authentication) {
        return maintainers.canMaintainSome(authentication);
    }

    /**
     * May the user make an entry belong to this agency? {@code null} (the form left it empty) is let through to the
     * validation that asks for it, for those who may add at all ({@link AgencyMaintainers}).
     */
    public boolean canEditAgency(Long agencyId, Authentication authentication) {
        return maintainers.canMaintain(agencyId, authentication);
    }

    public boolean canEditMember(long memberId, Authentication authentication) {
        return members.findById(memberId).map(m -> canEditAgency(m.getAgencyId(), authentication))
                .orElse(canAdd(authentication));
    }

    public boolean canEditPost(long postId, Authentication authentication) {
        return posts.findById(postId).map(p -> canEditAgency(p.getAgencyId(), authentication))
                .orElse(canAdd(authentication));
    }
}
