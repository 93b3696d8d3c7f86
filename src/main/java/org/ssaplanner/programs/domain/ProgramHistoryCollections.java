package org.ssaplanner.programs.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.ssaplanner.reference.ObjectiveCategory;

/**
 * The collections of a program's history snapshots (supporting agencies, authorities, capability domains,
 * categories, funding lines), read with one statement per audit table for the whole history instead of Envers'
 * five statements per revision (issue 18: the program page's statements grew with its history). Each audit table
 * is read by {@code (program_id, rev)} (index of migration V202612012040) and replayed in revision order: the state
 * at revision R is what the rows up to R added and did not remove, as Envers itself reads it.
 */
@Component
public class ProgramHistoryCollections {

    private static final int ADD = 0;
    private static final int DEL = 2;

    private final JdbcTemplate jdbc;

    ProgramHistoryCollections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Gives each snapshot (in ascending revision order, with its revision) its collections as of its revision. */
    public void restore(long programId, List<Program> snapshots, List<Long> revisions) {
        if (snapshots.isEmpty()) {
            return;
        }
        List<List<Long>> supporting = replay(programId, "program_supporting_agency_aud", "agency_id",
                rs -> rs, Long.class, revisions);
        List<List<Long>> authorities = replay(programId, "program_authority_aud", "authority_id", rs -> rs,
                Long.class, revisions);
        List<List<String>> domains = replay(programId, "program_capability_domain_aud", "capability_domain_code",
                rs -> rs, String.class, revisions);
        List<List<ObjectiveCategory>> categories = replay(programId, "program_objective_category_aud", "category",
                ObjectiveCategory::valueOf, String.class, revisions);
        List<List<FundingLine>> lines = fundingLines(programId, snapshots, revisions);
        for (int i = 0; i < snapshots.size(); i++) {
            snapshots.get(i).restoreHistory(new HashSet<>(supporting.get(i)), new HashSet<>(authorities.get(i)),
                    new HashSet<>(domains.get(i)), new HashSet<>(categories.get(i)), lines.get(i));
        }
    }

    private record Change<T>(long rev, int revtype, T value) {
    }

    private <T, V> List<List<V>> replay(long programId, String table, String column, Function<T, V> convert,
            Class<T> type, List<Long> revisions) {
        List<Change<V>> changes = jdbc.query("select rev, revtype, " + column + " from " + table
                + " where program_id = ? order by rev, revtype desc",
                (rs, n) -> new Change<>(rs.getLong(1), rs.getInt(2), convert.apply(rs.getObject(3, type))), programId);
        List<List<V>> states = new ArrayList<>(revisions.size());
        Set<V> state = new HashSet<>();
        int next = 0;
        for (long revision : revisions) {
            while (next < changes.size() && changes.get(next).rev() <= revision) {
                Change<V> change = changes.get(next++);
                if (change.revtype() == DEL) {
                    state.remove(change.value());
                } else if (change.revtype() == ADD) {
                    state.add(change.value());
                }
            }
            states.add(List.copyOf(state));
        }
        return states;
    }

    private record LineRow(long id, long rev, int revtype, int fiscalYear, String account, BigDecimal requested,
            BigDecimal allocated, BigDecimal obligated, BigDecimal disbursed, String blockedBy) {
    }

    private List<List<FundingLine>> fundingLines(long programId, List<Program> snapshots, List<Long> revisions) {
        List<LineRow> rows = jdbc.query("select id, rev, revtype, fiscal_year, funding_account, requested, allocated,"
                + " obligated, disbursed, obligated_while_blocked_by from program_funding_line_aud where program_id = ?"
                + " order by rev, id",
                (rs, n) -> new LineRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9),
                        rs.getString(10)),
                programId);
        List<List<FundingLine>> states = new ArrayList<>(revisions.size());
        Map<Long, LineRow> state = new LinkedHashMap<>();
        int next = 0;
        for (int i = 0; i < revisions.size(); i++) {
            while (next < rows.size() && rows.get(next).rev() <= revisions.get(i)) {
                LineRow row = rows.get(next++);
                if (row.revtype() == DEL) {
                    state.remove(row.id());
                } else {
                    state.put(row.id(), row);
                }
            }
            Program snapshot = snapshots.get(i);
            states.add(state.values().stream()
                    .sorted(Comparator.comparingInt(LineRow::fiscalYear).thenComparing(LineRow::account))
                    .map(r -> {
                        FundingLine line = new FundingLine(snapshot, r.fiscalYear(), r.account());
                        line.amounts(r.requested(), r.allocated(), r.obligated(), r.disbursed());
                        if (r.blockedBy() != null) {
                            line.obligatedWhileBlockedBy(r.blockedBy());
                        }
                        return line;
                    }).toList());
        }
        return states;
    }
}
