package org.ssaplanner.countryteam.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The points of contact a plan's conductor named among its country's team ({@code plan_point_of_contact}). */
@Repository
public class PointsOfContact {

    private final JdbcTemplate jdbc;

    PointsOfContact(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One named point of contact: the member, who named them and when. */
    public record Named(long memberId, Instant namedAt, String namedBy) {
    }

    public List<Named> ofPlan(long planId) {
        return jdbc.query("select member_id, named_at, named_by from plan_point_of_contact where plan_id = ?"
                + " order by member_id", (rs, n) -> new Named(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3)), planId);
    }

    /** Makes exactly these members the plan's points of contact; those named before keep who named them and when. */
    public void replace(long planId, Collection<Long> memberIds, String namedBy) {
        Long[] ids = memberIds.toArray(Long[]::new);
        jdbc.update("delete from plan_point_of_contact where plan_id = ? and member_id <> all(?::bigint[])", planId, ids);
        jdbc.update("insert into plan_point_of_contact (plan_id, member_id, named_by) select ?, m, ? from unnest(?::bigint[]) m"
                + " on conflict do nothing", planId, namedBy, ids);
    }
}
