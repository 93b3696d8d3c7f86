package org.ssaplanner.countryteam;

import java.util.List;
import org.ssaplanner.reference.CountryRef;

/**
 * The roster of one partner country: its posts and its people, with what the signed-in user may do and the change
 * history of every entry (newest first).
 */
public record CountryTeam(CountryRef country, List<PostView> posts, List<MemberView> members, boolean canAdd,
        List<TeamChange> history) {

    /** Members whose tour ends within six months or has ended (continuity). */
    public List<MemberView> flaggedTours() {
        return members.stream().filter(m -> m.tour().flagged()).toList();
    }
}
