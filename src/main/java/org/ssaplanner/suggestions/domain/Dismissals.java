package org.ssaplanner.suggestions.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Suggestions a plan's conductor dismissed, with the reason ({@code suggestion_dismissal}); insert-only. */
@Repository
public class Dismissals {

    private final JdbcTemplate jdbc;

    Dismissals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One dismissal as stored. */
    public record Row(long agencyId, String reason, Instant dismissedAt, String dismissedBy) {
    }

    public List<Row> ofPlan(long planId) {
        return jdbc.query("select agency_id, reason, dismissed_at, dismissed_by from suggestion_dismissal"
                + " where plan_id = ? order by dismissed_at desc, id desc", (rs, n) -> new Row(rs.getLong(1),
                        rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)), planId);
    }

    /** Records a dismissal; false when the agency's suggestion was dismissed already (nothing changed). */
    public boolean add(long planId, long agencyId, String reason, String dismissedBy) {
        return jdbc.update("insert into suggestion_dismissal (plan_id, agency_id, reason, dismissed_by)"
                + " values (?, ?, ?, ?) on conflict (plan_id, agency_id) do nothing", planId, agencyId, reason,
                dismissedBy) == 1;
    }
}
