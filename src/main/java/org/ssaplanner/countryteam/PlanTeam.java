package org.ssaplanner.countryteam;

import java.util.List;
import java.util.Set;
import org.ssaplanner.reference.CountryRef;

/**
 * The country team as a plan page shows it: the plan's country, its team, which of them the conductor named the
 * plan's points of contact, and whether the signed-in user may name them.
 */
public record PlanTeam(long planId, CountryRef country, List<MemberView> members, Set<Long> pointsOfContact,
        boolean canName) {

    public List<MemberView> contacts() {
        return members.stream().filter(m -> pointsOfContact.contains(m.id())).toList();
    }

    public long flaggedTours() {
        return members.stream().filter(m -> m.tour().flagged()).count();
    }
}
