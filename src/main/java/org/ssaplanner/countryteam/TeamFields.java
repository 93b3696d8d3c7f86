package org.ssaplanner.countryteam;

import java.util.function.Function;
import java.util.function.LongFunction;
import org.ssaplanner.shared.audit.RecordFields;

/**
 * The editable fields of posts and members, described once: the roster's change history and the 409 page of each
 * form show them from here, with names instead of ids and labels instead of codes.
 */
public final class TeamFields {

    private TeamFields() {
    }

    public static RecordFields<MemberCommand> member(Names names) {
        return RecordFields.<MemberCommand>describe()
                .and("role", "team.member.role", c -> c.role() == null ? "" : names.label().apply("team.role." + c.role()))
                .and("name", "team.member.name", MemberCommand::name)
                .and("agency", "team.agency", c -> c.agencyId() == null ? "" : names.agency().apply(c.agencyId()))
                .and("post", "team.member.post", c -> c.postId() == null ? "" : names.post().apply(c.postId()))
                .and("contact", "team.member.contact", MemberCommand::contact)
                .and("tourStart", "team.member.tourStart", c -> RecordFields.text(c.tourStart()))
                .and("tourEnd", "team.member.tourEnd", c -> RecordFields.text(c.tourEnd()));
    }

    public static RecordFields<PostCommand> post(Names names) {
        return RecordFields.<PostCommand>describe()
                .and("kind", "team.post.kind", c -> c.kind() == null ? "" : names.label().apply("team.postKind." + c.kind()))
                .and("name", "team.post.name", PostCommand::name)
                .and("city", "team.post.city", PostCommand::city)
                .and("agency", "team.agency", c -> c.agencyId() == null ? "" : names.agency().apply(c.agencyId()));
    }

    /** Names of the agencies and posts an entry refers to by id, and the texts of message keys. */
    public record Names(LongFunction<String> agency, LongFunction<String> post, Function<String, String> label) {
    }
}
