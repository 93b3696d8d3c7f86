package org.ssaplanner.countryteam;

import org.ssaplanner.countryteam.domain.TeamMember;
import org.ssaplanner.countryteam.domain.TeamPost;

/** Stored entries (and their history snapshots) read as the commands their forms submit, for {@link TeamFields}. */
final class TeamCommands {

    private TeamCommands() {
    }

    static MemberCommand member(TeamMember m) {
        return new MemberCommand(m.getRole(), m.getName(), m.getAgencyId(), m.getPostId(), m.getContact(),
                m.getTourStart(), m.getTourEnd());
    }

    static PostCommand post(TeamPost p) {
        return new PostCommand(p.getKind(), p.getName(), p.getCity(), p.getAgencyId());
    }
}
