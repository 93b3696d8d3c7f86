package org.ssaplanner.interchange.engine;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.ssaplanner.interchange.ActivityChange;
import org.ssaplanner.interchange.ImportChange;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportScope;
import org.ssaplanner.interchange.VintageStatus;

/**
 * Vintages of the imported tables, in set-based SQL. Within an import's scope (per country: its fiscal years x
 * transaction types x objectives) the stored rows become exactly the file's: rows of the file that are stored
 * already stay untouched, the file's other rows were COPYed in by the import ({@code first_import_id} = the
 * import), and the stored rows of the scope that the file no longer has are MOVED to the history table with the
 * import that replaced them ({@link #removeMissing}). The current tables so always hold exactly the current
 * vintage, and a rollback moves the rows back ({@link #rollBack}).
 *
 * <p>What changed is computed here once, when the import runs, and kept for the import page: old and new rows are
 * paired by their natural key first ("changed": same identifying columns, new amount or texts), then the rest of
 * the same country, activity, fiscal year and transaction type pairwise ("reclassified"); what is left is added
 * or removed. Amounts are summed per country, fiscal year and transaction type (never across transaction types)
 * and per activity and transaction type.
 */
@Repository
public class Vintages {

    private static final Logger log = LoggerFactory.getLogger(Vintages.class);

    private final JdbcTemplate jdbc;

    Vintages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many rows of an import's scope changed how (over all its countries). */
    record Totals(long added, long removed, long changed, long reclassified, long rowsBefore) {
    }

    // ---------------------------------------------------------------- which import is the current vintage

    /**
     * The import that stored a file identical to this one (same SHA-256 and format) whose data are still the current
     * vintage of its scope (succeeded with a scope, not rolled back, no later import in effect overlapping it), or
     * null. Called under the table lock, so no other import changes the answer before this one ends.
     */
    Long identicalCurrent(long importId, ImportFormat format, String checksum) {
        Long candidate = jdbc.query("""
                select id from interchange_import where checksum = ? and format = ? and id <> ? and status = 'SUCCEEDED'
                    and scope_recorded and identical_to_id is null and rolled_back_at is null
                order by finished_at desc, id desc limit 1""", (rs, n) -> rs.getLong(1), checksum, format.name(), importId)
                .stream().findFirst().orElse(null);
        return candidate != null && overlappingLater(candidate).isEmpty() ? candidate : null;
    }

    /** The imports in effect that ended after this one and overlap its scope (share at least one cell). */
    public List<Long> overlappingLater(long importId) {
        return jdbc.queryForList("""
                select l.id from interchange_import m
                join interchange_import l on l.format = m.format and l.id <> m.id and l.status = 'SUCCEEDED'
                     and l.scope_recorded and l.identical_to_id is null and l.rolled_back_at is null
                     and (l.finished_at, l.id) > (m.finished_at, m.id)
                where m.id = ? and exists (
                    select 1 from interchange_import_scope ls
                    join interchange_import_scope ms on ms.import_id = m.id and ms.country_code = ls.country_code
                         and ms.country_name = ls.country_name and ms.fiscal_years && ls.fiscal_years
                         and ms.transaction_type_ids && ls.transaction_type_ids
                         and ms.assistance_objective_ids && ls.assistance_objective_ids
                    where ls.import_id = l.id)
                order by l.id""", Long.class, importId);
    }

    /** Whether the import's data are the current vintage of its scope and whether it may be rolled back. */
    public VintageStatus status(long importId) {
        Map<String, Object> row = jdbc.queryForMap("""
                select status, scope_recorded, identical_to_id, rolled_back_at, format from interchange_import where id = ?""",
                importId);
        if (!"SUCCEEDED".equals(row.get("status"))) {
            return new VintageStatus(false, false, "import.rollback.notSucceeded", List.of());
        }
        if (row.get("format") != null && ImportFormat.valueOf((String) row.get("format")).countryContext()) {
            // a country-context file is the whole data set: the latest succeeded import of its format is current
            boolean current = Boolean.TRUE.equals(jdbc.queryForObject("""
                    select not exists (select 1 from interchange_import where format = ? and status = 'SUCCEEDED'
                    and id > ?)""", Boolean.class, row.get("format"), importId));
            return new VintageStatus(current, false, "import.rollback.wholeDataSet", List.of());
        }
        if (row.get("rolled_back_at") != null) {
            return new VintageStatus(false, false, "import.rollback.done", List.of());
        }
        if (row.get("identical_to_id") != null) {
            return new VintageStatus(false, false, "import.rollback.identical", List.of());
        }
        if (!Boolean.TRUE.equals(row.get("scope_recorded"))) {
            return new VintageStatus(false, false, "import.rollback.noScope", List.of());
        }
        List<Long> later = overlappingLater(importId);
        if (!later.isEmpty()) {
            return new VintageStatus(false, false, "import.rollback.overlapped", later);
        }
        return new VintageStatus(true, true, null, List.of());
    }

    // ---------------------------------------------------------------- scope

    void recordScope(long importId, ImportScope scope) {
        jdbc.batchUpdate("""
                insert into interchange_import_scope (import_id, country_code, country_name, country_label, fiscal_years,
                    transaction_type_ids, transaction_type_names, assistance_objective_ids, assistance_objective_names)
                values (?, ?, ?, ?, ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])""", scope.countries(), 500,
                (ps, country) -> {
                    ps.setLong(1, importId);
                    ps.setString(2, country.countryCode());
                    ps.setString(3, country.nameKey());
                    ps.setString(4, country.label());
                    ps.setObject(5, country.fiscalYears().toArray(String[]::new));
                    ps.setObject(6, country.transactionTypes().stream().map(ImportScope.Named::id).toArray(String[]::new));
                    ps.setObject(7, country.transactionTypes().stream().map(ImportScope.Named::name).toArray(String[]::new));
                    ps.setObject(8, country.objectives().stream().map(ImportScope.Named::id).toArray(String[]::new));
                    ps.setObject(9, country.objectives().stream().map(ImportScope.Named::name).toArray(String[]::new));
                });
    }

    /** The scope of an import as recorded (empty for imports before vintages and for identical files). */
    public ImportScope scope(long importId) {
        return new ImportScope(jdbc.query("""
                select country_code, country_name, country_label, fiscal_years, transaction_type_ids, transaction_type_names,
                       assistance_objective_ids, assistance_objective_names
                from interchange_import_scope where import_id = ? order by country_label, country_code, country_name""",
                (rs, n) -> new ImportScope.Country(rs.getString(1), rs.getString(2), rs.getString(3),
                        strings(rs.getArray(4)), named(rs.getArray(5), rs.getArray(6)), named(rs.getArray(7), rs.getArray(8))),
                importId));
    }

    // ---------------------------------------------------------------- applying a vintage

    /**
     * Applies the import to the stored rows of its scope (recorded already) once its file's rows are written, and
     * records what changed: moves the stored rows of the scope that the file does not have to the history table
     * (rows neither stored by this import nor noted in its match table of rows identical to the file's), pairs them
     * with the rows the import stored, and keeps the changes per group (from the writer's sums, so no second pass
     * over the rows) and per activity (only the activities that changed). Set-based over all the scope's countries
     * at once; the only statement that reads every stored row of the scope is the one that finds what is missing.
     * Returns the rows moved out.
     *
     * @param rowsMayExist false when the table was empty before the import (nothing to replace or compare; the
     *                     match and new tables were not made)
     */
    long apply(long importId, ImportFormat format, ImportScope scope, List<FileGroups.Group> groups, GroupSums sums,
            boolean rowsMayExist) {
        String[] countries = scope.countryCodes().toArray(String[]::new);
        long start = System.nanoTime();
        if (rowsMayExist) {
            // fresh statistics on what the following statements join (never analyzed, the new rows of an import were
            // estimated at one, and a pairing of 10,000 replaced rows ran for minutes as a nested loop)
            jdbc.execute("analyze " + ImportSql.matchTable(importId) + ", " + ImportSql.newTable(importId));
        }
        long analyzed = System.nanoTime();
        long moved = rowsMayExist ? removeMissing(importId, format, countries) : 0;
        long removed = System.nanoTime();
        if (moved > 0) {
            jdbc.execute("analyze " + format.replacedTable());
            pair(importId, format);
        }
        long paired = System.nanoTime();
        recordGroupChanges(importId, format, groups, sums, moved > 0);
        long grouped = System.nanoTime();
        if (rowsMayExist && format.hasActivities()) {
            recordActivityChanges(importId, format, moved > 0);
        }
        log.info("Import {}: key tables analyzed in {} ms, {} rows moved out in {} ms, paired in {} ms, changes per group "
                + "in {} ms, per activity in {} ms", importId, ms(start, analyzed), moved, ms(analyzed, removed),
                ms(removed, paired), ms(paired, grouped), ms(grouped, System.nanoTime()));
        return moved;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private long removeMissing(long importId, ImportFormat format, String[] countries) {
        String columns = ImportSql.rowColumns(format);
        return jdbc.update("""
                with gone as (delete from %1$s t where t.country_code = any(?::text[]) and %2$s and t.first_import_id <> ?
                                  and not exists (select 1 from %3$s m where m.content_key = t.content_key)
                              returning t.*)
                insert into %4$s (%5$s, replaced_by_import_id) select %5$s, ? from gone"""
                .formatted(format.table(), inScope(format, "t"), ImportSql.matchTable(importId), format.replacedTable(),
                        columns),
                countries, importId, importId, importId);
    }

    /** A row of the new table (n) is the table's row t: the columns of the content-key index. */
    private static String storedMatch(ImportFormat format) {
        return format.hasActivities()
                ? "t.country_code = n.country_code and coalesce(t.activity_id, '') = n.act and t.content_key = n.content_key"
                : "t.country_code = n.country_code and t.content_key = n.content_key";
    }

    /**
     * Pairs the rows this import replaced with the rows it stored, into a temporary table of its transaction: first
     * by natural key ("changed"; the key digests country, activity, fiscal year and transaction type), then the rest
     * of each country, activity, fiscal year and transaction type pairwise ("reclassified"). Both sides are first
     * copied into analyzed temporary tables (the rows replaced, and the rows stored in the same groups): joined
     * straight from the tables, their sizes were estimated at one row and the pairing ran as a nested loop for
     * minutes.
     */
    private void pair(long importId, ImportFormat format) {
        String old = "interchange_old_" + importId;
        String stored = "interchange_stored_" + importId;
        String pairs = pairTable(importId);
        jdbc.update("""
                create temporary table %1$s on commit drop as
                select r.id, r.natural_key, r.country_code, %2$s cname, %3$s act, r.fiscal_year::text fiscal_year,
                       coalesce(r.transaction_type_id, '') tt
                from %4$s r where r.replaced_by_import_id = ?"""
                .formatted(old, countryName("r"), activity(format, "r"), format.replacedTable()), importId);
        jdbc.execute("analyze " + old);
        // the stored rows of the replaced rows' activities (only those can pair), found through the content-key index;
        // the activities are narrowed first, materialized: joined to the table first, the three-column match was
        // estimated at one row and the narrowing ran as a nested loop over every replaced row (minutes at 30,000)
        jdbc.execute("""
                create temporary table %1$s on commit drop as
                with n as materialized (
                    select * from %4$s n where (n.country_code, n.act) in (select country_code, act from %5$s))
                select t.id, t.natural_key, t.country_code, %2$s cname, %3$s act, t.fiscal_year::text fiscal_year,
                       coalesce(t.transaction_type_id, '') tt
                from n join %6$s t on %7$s"""
                .formatted(stored, countryName("t"), activity(format, "t"), ImportSql.newTable(importId), old,
                        format.table(), storedMatch(format)));
        jdbc.execute("analyze " + stored);
        jdbc.execute("create temporary table " + pairs + " (country_code text, cname text, act text, fiscal_year text, "
                + "tt text, old_id bigint, new_id bigint, kind char(1)) on commit drop");
        jdbc.update("""
                insert into %1$s (country_code, cname, act, fiscal_year, tt, old_id, new_id, kind)
                select o.country_code, o.cname, o.act, o.fiscal_year, o.tt, o.id, s.id, 'C'
                from (select o.*, row_number() over (partition by natural_key order by id) rn from %2$s o) o
                join (select s.*, row_number() over (partition by natural_key order by id) rn from %3$s s) s
                  on s.natural_key = o.natural_key and s.rn = o.rn""".formatted(pairs, old, stored));
        jdbc.execute("analyze " + pairs);
        jdbc.update("""
                insert into %1$s (country_code, cname, act, fiscal_year, tt, old_id, new_id, kind)
                select o.country_code, o.cname, o.act, o.fiscal_year, o.tt, o.id, s.id, 'R'
                from (select o.*, row_number() over (partition by country_code, cname, act, fiscal_year, tt
                                                    order by natural_key, id) rn
                      from %2$s o where not exists (select 1 from %1$s p where p.old_id = o.id)) o
                join (select s.*, row_number() over (partition by country_code, cname, act, fiscal_year, tt
                                                    order by natural_key, id) rn
                      from %3$s s where not exists (select 1 from %1$s p where p.new_id = s.id)) s
                  using (country_code, cname, act, fiscal_year, tt, rn)""".formatted(pairs, old, stored));
    }

    /** One (country, fiscal year, transaction type) group of the scope as the import page shows it. */
    private static final class GroupChange {
        final String country;
        final String cname;
        final String fiscalYear;
        final String type;
        String label;
        String typeName;
        long matched;
        long stored;
        long old;
        long changed;
        long reclassified;
        BigDecimal matchedAmount = BigDecimal.ZERO;
        BigDecimal storedAmount = BigDecimal.ZERO;
        BigDecimal oldAmount = BigDecimal.ZERO;

        GroupChange(String country, String cname, String fiscalYear, String type) {
            this.country = country;
            this.cname = cname;
            this.fiscalYear = fiscalYear;
            this.type = type;
        }
    }

    /**
     * What changed per country, fiscal year and transaction type of the scope: the file's groups with the writer's
     * sums of unchanged and new rows, and the rows moved out (also of groups the file no longer has). Before =
     * unchanged + moved out, after = unchanged + new; paired rows are neither added nor removed.
     */
    private void recordGroupChanges(long importId, ImportFormat format, List<FileGroups.Group> groups, GroupSums sums,
            boolean paired) {
        Map<String, GroupChange> changes = new LinkedHashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            FileGroups.Group group = groups.get(g);
            GroupChange change = changes.computeIfAbsent(key(group.countryCode(), group.nameKey(), group.fiscalYear(),
                    group.transactionTypeId()), k -> new GroupChange(group.countryCode(), group.nameKey(),
                            group.fiscalYear(), group.transactionTypeId()));
            change.label = group.label();
            change.typeName = group.transactionTypeName();
            change.matched = sums.matchedRows(g);
            change.matchedAmount = sums.matchedAmount(g);
            change.stored = sums.newRows(g);
            change.storedAmount = sums.newAmount(g);
        }
        jdbc.query("""
                select r.country_code, %1$s, r.fiscal_year, coalesce(r.transaction_type_id, ''), max(r.country_name),
                       max(r.transaction_type_name), count(*), sum(r.current_amount)
                from %2$s r where r.replaced_by_import_id = ? group by 1, 2, 3, 4"""
                .formatted(countryName("r"), format.replacedTable()), (RowCallbackHandler) rs -> {
                    String country = rs.getString(1);
                    String cname = rs.getString(2);
                    String fiscalYear = rs.getString(3);
                    String type = rs.getString(4);
                    GroupChange change = changes.computeIfAbsent(key(country, cname, fiscalYear, type),
                            k -> new GroupChange(country, cname, fiscalYear, type));
                    change.label = change.label != null ? change.label : rs.getString(5);
                    change.typeName = change.typeName != null ? change.typeName : rs.getString(6);
                    change.old = rs.getLong(7);
                    change.oldAmount = rs.getBigDecimal(8);
                }, importId);
        if (paired) {
            jdbc.query("select country_code, cname, fiscal_year, tt, count(*) filter (where kind = 'C'), "
                    + "count(*) filter (where kind = 'R') from " + pairTable(importId) + " group by 1, 2, 3, 4",
                    (RowCallbackHandler) rs -> {
                        GroupChange change = changes.get(key(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4)));
                        change.changed = rs.getLong(5);
                        change.reclassified = rs.getLong(6);
                    });
        }
        jdbc.batchUpdate("""
                insert into interchange_import_change (import_id, country_code, country_name, fiscal_year, transaction_type_id,
                    country_label, transaction_type_name, rows_before, rows_after, rows_added, rows_removed, rows_changed,
                    rows_reclassified, amount_before, amount_after)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", changes.values(), 1000, (ps, c) -> {
                    long pairs = c.changed + c.reclassified;
                    ps.setLong(1, importId);
                    ps.setString(2, c.country);
                    ps.setString(3, c.cname);
                    ps.setString(4, c.fiscalYear);
                    ps.setString(5, c.type);
                    ps.setString(6, c.label);
                    ps.setString(7, c.typeName);
                    ps.setLong(8, c.matched + c.old);
                    ps.setLong(9, c.matched + c.stored);
                    ps.setLong(10, c.stored - pairs);
                    ps.setLong(11, c.old - pairs);
                    ps.setLong(12, c.changed);
                    ps.setLong(13, c.reclassified);
                    ps.setBigDecimal(14, c.matchedAmount.add(c.oldAmount));
                    ps.setBigDecimal(15, c.matchedAmount.add(c.storedAmount));
                });
    }

    private static String key(String country, String cname, String fiscalYear, String type) {
        return country + '\u001f' + cname + '\u001f' + fiscalYear + '\u001f' + type;
    }

    /**
     * What changed per activity and transaction type: the activities with rows moved out, and those with new rows
     * next to unchanged ones (wholly new activities are only counted per group). Only those activities' rows are read
     * (through the country and activity index).
     */
    private void recordActivityChanges(long importId, ImportFormat format, boolean paired) {
        String group = "country_code, act, tt";
        jdbc.update("""
                insert into interchange_import_activity_change (import_id, country_code, activity_id, transaction_type_id,
                    activity_name, transaction_type_name, %1$s)
                with changed as (
                    select distinct r.country_code, %2$s act from %3$s r where r.replaced_by_import_id = ?
                    union
                    select n.country_code, n.act from %4$s n
                    where exists (select 1 from %5$s m where m.country_code = n.country_code and m.act = n.act))
                select ?, country_code, act, tt, coalesce(cur.name, old.name), coalesce(cur.tt_name, old.tt_name), %6$s
                from (select t.country_code, %7$s act, coalesce(t.transaction_type_id, '') tt, max(t.activity_name) name,
                             max(t.transaction_type_name) tt_name, %8$s
                      from changed c join %9$s t on t.country_code = c.country_code and coalesce(t.activity_id, '') = c.act
                      where %10$s group by 1, 2, 3) cur
                full join (select r.country_code, %2$s act, coalesce(r.transaction_type_id, '') tt, max(r.activity_name) name,
                                  max(r.transaction_type_name) tt_name, count(*) n, sum(r.current_amount) amount
                           from %3$s r where r.replaced_by_import_id = ? group by 1, 2, 3) old using (%11$s)
                left join %12$s p using (%11$s)
                where coalesce(old.n, 0) > 0 or (coalesce(cur.new_n, 0) > 0 and coalesce(cur.n, 0) > coalesce(cur.new_n, 0))"""
                .formatted(COUNT_COLUMNS, activity(format, "r"), format.replacedTable(), ImportSql.newTable(importId),
                        ImportSql.matchTable(importId), COUNT_VALUES, activity(format, "t"), CURRENT_SUMS, format.table(),
                        inScope(format, "t"), group,
                        pairCounts(importId, paired, group, "null::text country_code, null::text act, null::text tt")),
                importId, importId, importId, importId, importId, importId);
    }

    /** Pair counts per group; an empty relation of the same shape when the import replaced nothing. */
    private static String pairCounts(long importId, boolean paired, String group, String emptyColumns) {
        return paired
                ? "(select " + group + ", count(*) paired, count(*) filter (where kind = 'C') changed, "
                        + "count(*) filter (where kind = 'R') reclassified from " + pairTable(importId) + " group by " + group + ")"
                : "(select " + emptyColumns + ", 0::bigint paired, 0::bigint changed, 0::bigint reclassified where false)";
    }

    private static final String COUNT_COLUMNS = "rows_before, rows_after, rows_added, rows_removed, rows_changed, "
            + "rows_reclassified, amount_before, amount_after";

    /** Before = after - what the import stored + what it moved out; paired rows are neither added nor removed. */
    private static final String COUNT_VALUES = """
            coalesce(cur.n, 0) - coalesce(cur.new_n, 0) + coalesce(old.n, 0), coalesce(cur.n, 0),
            coalesce(cur.new_n, 0) - coalesce(p.paired, 0), coalesce(old.n, 0) - coalesce(p.paired, 0),
            coalesce(p.changed, 0), coalesce(p.reclassified, 0),
            coalesce(cur.amount, 0) - coalesce(cur.new_amount, 0) + coalesce(old.amount, 0), coalesce(cur.amount, 0)""";

    /** Sums of the current rows; the two import-id parameters are the import's. */
    private static final String CURRENT_SUMS = """
            count(*) n, sum(t.current_amount) amount, count(*) filter (where t.first_import_id = ?) new_n,
            coalesce(sum(t.current_amount) filter (where t.first_import_id = ?), 0) new_amount""";

    Totals totals(long importId) {
        return jdbc.queryForObject("""
                select coalesce(sum(rows_added), 0), coalesce(sum(rows_removed), 0), coalesce(sum(rows_changed), 0),
                       coalesce(sum(rows_reclassified), 0), coalesce(sum(rows_before), 0)
                from interchange_import_change where import_id = ?""",
                (rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)), importId);
    }

    // ---------------------------------------------------------------- rollback

    /**
     * Undoes an import (the caller holds the table lock and checked that it is the latest of its scope): deletes the
     * rows it stored and moves the rows it replaced back, with their ids. Returns the rows deleted and restored.
     */
    long[] rollBack(long importId, ImportFormat format, ImportScope scope) {
        long deleted = jdbc.update("delete from " + format.table() + " where country_code = any(?::text[]) and first_import_id = ?",
                array(new ArrayList<>(scope.countryCodes())), importId);
        String columns = ImportSql.rowColumns(format);
        long restored = jdbc.update("""
                with back as (delete from %1$s where replaced_by_import_id = ? returning *)
                insert into %2$s (%3$s) select %3$s from back""".formatted(format.replacedTable(), format.table(), columns),
                importId);
        return new long[] {deleted, restored};
    }

    // ---------------------------------------------------------------- the import page

    /** The countries, fiscal years and transaction types whose rows or amounts the import changed, in order. */
    public Page<ImportChange> changes(long importId, Pageable pageable) {
        String where = " from interchange_import_change where import_id = ? and (rows_added + rows_removed + rows_changed "
                + "+ rows_reclassified > 0 or amount_before <> amount_after)";
        long total = jdbc.queryForObject("select count(*)" + where, Long.class, importId);
        List<ImportChange> content = jdbc.query("""
                select country_code, country_label, fiscal_year, transaction_type_id, transaction_type_name, rows_before,
                       rows_after, rows_added, rows_removed, rows_changed, rows_reclassified, amount_before, amount_after"""
                + where + " order by country_label, country_code, country_name, fiscal_year, transaction_type_id limit ? offset ?",
                (rs, n) -> new ImportChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11), amount(rs, 12), amount(rs, 13)),
                importId, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(content, pageable, total);
    }

    /** How many of the import's (country, fiscal year, transaction type) groups it left as they were. */
    public long unchangedGroups(long importId) {
        return jdbc.queryForObject("""
                select count(*) from interchange_import_change where import_id = ? and rows_added + rows_removed
                    + rows_changed + rows_reclassified = 0 and amount_before = amount_after""", Long.class, importId);
    }

    /** Removed and changed activities, the largest change first. */
    public Page<ActivityChange> activityChanges(long importId, Pageable pageable) {
        long total = jdbc.queryForObject("select count(*) from interchange_import_activity_change where import_id = ?",
                Long.class, importId);
        List<ActivityChange> content = jdbc.query("""
                select country_code, activity_id, activity_name, transaction_type_id, transaction_type_name, rows_before,
                       rows_after, rows_added, rows_removed, rows_changed, rows_reclassified, amount_before, amount_after
                from interchange_import_activity_change where import_id = ?
                order by abs(amount_after - amount_before) desc, country_code, activity_id, transaction_type_id
                limit ? offset ?""",
                (rs, n) -> new ActivityChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11), amount(rs, 12), amount(rs, 13)),
                importId, pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(content, pageable, total);
    }

    // ---------------------------------------------------------------- SQL pieces

    private static String pairTable(long importId) {
        return "interchange_pairs_" + importId;
    }

    /** The activity of a row as the key index stores it ("" when blank; always "" in the country summary). */
    private static String activity(ImportFormat format, String alias) {
        return format.hasActivities() ? "coalesce(" + alias + ".activity_id, '')" : "''";
    }

    /** The country name as it tells rows apart: under the code NULL only. */
    private static String countryName(String alias) {
        return "(case when " + alias + ".country_code = '" + ImportFormat.NULL_COUNTRY_CODE + "' then coalesce(" + alias
                + ".country_name, '') else '' end)";
    }

    /**
     * The row is in the import's scope (one parameter: the import id): its country, fiscal year, transaction type and
     * objective are one of the scope's cells (the scope's rows expanded, so that the check is one hashed look-up);
     * the caller also restricts the rows to the scope's countries, which the country index finds.
     */
    private static String inScope(ImportFormat format, String alias) {
        String objective = format.objectiveIndex() >= 0 ? "coalesce(" + alias + ".assistance_objective_id, '')" : "''";
        return "(" + alias + ".country_code, " + countryName(alias) + ", " + alias + ".fiscal_year::text, coalesce(" + alias
                + ".transaction_type_id, ''), " + objective + ") in (select s.country_code, s.country_name, y, x, o "
                + "from interchange_import_scope s, unnest(s.fiscal_years) y, unnest(s.transaction_type_ids) x, "
                + "unnest(s.assistance_objective_ids) o where s.import_id = ?)";
    }

    private static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }

    private static BigDecimal amount(ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : value.setScale(2);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static List<ImportScope.Named> named(Array ids, Array names) throws SQLException {
        List<String> idList = strings(ids);
        List<String> nameList = strings(names);
        List<ImportScope.Named> named = new ArrayList<>();
        for (int i = 0; i < idList.size(); i++) {
            named.add(new ImportScope.Named(idList.get(i), i < nameList.size() ? nameList.get(i) : null));
        }
        return named;
    }
}
