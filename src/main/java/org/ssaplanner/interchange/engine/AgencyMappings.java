package org.ssaplanner.interchange.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUsers;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * FA.gov managing agencies and sub-agencies/bureaus matched to SSA Planner agencies. New names found in the
 * imported rows are recorded; exact acronym = code or name = name matches are made automatically; the rest
 * wait for an administrator on the mapping screen, who maps each once.
 */
@Component
public class AgencyMappings {

    public record Row(long id, long version, String parentAcronym, String sourceAcronym, String sourceName,
            Long agencyId, boolean automatic, long rows) {
    }

    private final JdbcTemplate jdbc;
    private final AgencyService agencies;

    AgencyMappings(JdbcTemplate jdbc, AgencyService agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    /** A managing agency (parent "") or bureau as named in the published rows; name null when never published. */
    public record Source(String parentAcronym, String acronym) {

        NamedSource named(String name) {
            return new NamedSource(parentAcronym, acronym, name == null ? acronym : name);
        }
    }

    /** A source agency with the name to show for it. */
    public record NamedSource(String parentAcronym, String acronym, String name) {
    }

    /** Records the agencies and bureaus an import found (those not seen before) and maps exact matches. */
    @Transactional
    public void record(Collection<NamedSource> sources) {
        jdbc.batchUpdate("insert into interchange_agency_mapping (parent_acronym, source_acronym, source_name) "
                + "values (?, ?, ?) on conflict on constraint uq_interchange_agency_mapping_source do nothing",
                sources, 500, (ps, source) -> {
                    ps.setString(1, source.parentAcronym());
                    ps.setString(2, source.acronym());
                    ps.setString(3, source.name());
                });
        matchUnmapped();
    }

    /** Records every agency and bureau of all imported rows not seen before and maps exact matches. */
    @Transactional
    public void refreshAll() {
        jdbc.update("""
                insert into interchange_agency_mapping (parent_acronym, source_acronym, source_name)
                select distinct on (managing_agency_acronym) '', managing_agency_acronym,
                       coalesce(managing_agency_name, managing_agency_acronym)
                from interchange_activity where managing_agency_acronym is not null
                order by managing_agency_acronym, managing_agency_name
                on conflict on constraint uq_interchange_agency_mapping_source do nothing""");
        jdbc.update("""
                insert into interchange_agency_mapping (parent_acronym, source_acronym, source_name)
                select distinct on (managing_agency_acronym, managing_subagency_acronym) managing_agency_acronym,
                       managing_subagency_acronym, coalesce(managing_subagency_name, managing_subagency_acronym)
                from interchange_activity
                where managing_agency_acronym is not null and managing_subagency_acronym is not null
                order by managing_agency_acronym, managing_subagency_acronym, managing_subagency_name
                on conflict on constraint uq_interchange_agency_mapping_source do nothing""");
        matchUnmapped();
    }

    /** Maps unmapped names that equal an agency's code or name exactly. Agencies are read as the system user. */
    private void matchUnmapped() {
        List<Row> unmapped = jdbc.query("select id, version, parent_acronym, source_acronym, source_name, agency_id, "
                + "automatic, 0 from interchange_agency_mapping where agency_id is null", AgencyMappings::map);
        if (unmapped.isEmpty()) {
            return;
        }
        List<AgencySummary> all = SystemAuthentication.call(agencies::tree);
        for (Row row : unmapped) {
            match(row, all).ifPresent(agency -> jdbc.update("update interchange_agency_mapping set agency_id = ?, "
                    + "automatic = true, version = version + 1, updated_at = now(), updated_by = 'system' "
                    + "where id = ? and agency_id is null", agency.id(), row.id()));
        }
    }

    static Optional<AgencySummary> match(Row row, List<AgencySummary> all) {
        String acronym = row.sourceAcronym().trim().toUpperCase(Locale.ROOT);
        String name = row.sourceName().trim();
        return all.stream().filter(a -> a.code().equalsIgnoreCase(acronym)).findFirst()
                .or(() -> all.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst());
    }

    /** All mappings with the number of imported rows each covers, unmapped first. */
    public List<Row> all() {
        return jdbc.query("""
                with counts as (
                    select managing_agency_acronym a, managing_subagency_acronym s, count(*) n
                    from interchange_activity group by 1, 2
                )
                select m.id, m.version, m.parent_acronym, m.source_acronym, m.source_name, m.agency_id, m.automatic,
                       coalesce(case when m.parent_acronym = ''
                                     then (select sum(n) from counts where a = m.source_acronym)
                                     else (select sum(n) from counts where a = m.parent_acronym and s = m.source_acronym)
                                end, 0)
                from interchange_agency_mapping m
                order by m.agency_id is not null, m.parent_acronym, m.source_acronym""", AgencyMappings::map);
    }

    @Transactional
    public void map(long mappingId, long expectedVersion, Long agencyId) {
        Long version = jdbc.query("select version from interchange_agency_mapping where id = ? for update",
                (rs, n) -> rs.getLong(1), mappingId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Agency mapping", mappingId));
        StaleEditException.check("Agency mapping", mappingId, expectedVersion, version);
        jdbc.update("update interchange_agency_mapping set agency_id = ?, automatic = false, version = version + 1, "
                + "updated_at = now(), updated_by = ? where id = ?", agencyId, CurrentUsers.currentUsernameOrSystem(),
                mappingId);
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                (Long) rs.getObject(6), rs.getBoolean(7), rs.getLong(8));
    }
}
