package org.ssaplanner.workforce;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Assignments with their person's or position's and program's names, in one statement (no N+1). */
@Component
class AssignmentReads {

    private static final String SELECT = """
            select a.id, a.person_id, pe.name, a.position_id, po.title as position_title,
                   coalesce(pe.agency_id, po.agency_id) as agency_id, l.worker_id is null as vacant,
                   a.program_id, p.title, p.plan_id, a.fiscal_year, a.role, a.fte
              from workforce_assignment a
              join workforce_assignment_load l on l.id = a.id
              left join workforce_person pe on pe.id = a.person_id
              left join workforce_position po on po.id = a.position_id
              join program p on p.id = a.program_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkforcePermissions permissions;

    AssignmentReads(NamedParameterJdbcTemplate jdbc, WorkforcePermissions permissions) {
        this.jdbc = jdbc;
        this.permissions = permissions;
    }

    List<AssignmentView> ofPerson(long personId, Authentication authentication) {
        return query(SELECT + " where a.person_id = :id order by a.fiscal_year, p.title", personId, authentication);
    }

    List<AssignmentView> ofPosition(long positionId, Authentication authentication) {
        return query(SELECT + " where a.position_id = :id order by a.fiscal_year, p.title", positionId,
                authentication);
    }

    List<AssignmentView> ofPlan(long planId, Authentication authentication) {
        return query(SELECT + " where p.plan_id = :id order by a.fiscal_year, p.title, a.role,"
                + " coalesce(pe.name, po.title)", planId, authentication);
    }

    private List<AssignmentView> query(String sql, long id, Authentication authentication) {
        return jdbc.query(sql, Map.of("id", id), (rs, n) -> new AssignmentView(rs.getLong("id"),
                (Long) rs.getObject("person_id"), rs.getString("name"), (Long) rs.getObject("position_id"),
                rs.getString("position_title"), rs.getBoolean("vacant"), rs.getLong("program_id"),
                rs.getString("title"), rs.getLong("plan_id"), rs.getInt("fiscal_year"),
                AssignmentRole.valueOf(rs.getString("role")), rs.getBigDecimal("fte"),
                permissions.canMaintainAgency(rs.getLong("agency_id"), authentication)));
    }
}
