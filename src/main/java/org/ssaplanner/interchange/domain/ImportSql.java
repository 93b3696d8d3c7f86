package org.ssaplanner.interchange.domain;

import java.util.List;
import java.util.stream.Collectors;
import org.ssaplanner.interchange.ImportFormat;

/** The set-based SQL of an import: staging table, COPY, in-file duplicates, and the merge into the final table. */
final class ImportSql {

    private ImportSql() {
    }

    /** The staging table of one import. */
    static String stage(long importId) {
        return "interchange_stage_" + importId;
    }

    /**
     * Staging table of one import: UNLOGGED (no WAL; in shared buffers, unlike a temporary table that spills
     * beyond temp_buffers), created and dropped inside the import's transaction, so a crash leaves nothing.
     * All published values as text; the natural key is computed by PostgreSQL while COPY loads.
     */
    static String createStage(ImportFormat format, long importId) {
        String columns = format.columns().stream().map(c -> c + " text").collect(Collectors.joining(", "));
        return "create unlogged table " + stage(importId) + " (line_no bigint not null, " + columns
                + ", natural_key uuid generated always as (" + naturalKey(format) + ") stored)";
    }

    static String dropStage(long importId) {
        return "drop table " + stage(importId);
    }

    /** md5 over the key columns, separated by the unit separator, as uuid (immutable, so it can be generated). */
    static String naturalKey(ImportFormat format) {
        return "md5(" + format.keyColumns().stream().map(c -> "coalesce(" + c + ", '')")
                .collect(Collectors.joining(" || E'\\x1f' || ")) + ")::uuid";
    }

    static String copy(ImportFormat format, long importId) {
        return "copy " + stage(importId) + " (line_no, " + String.join(", ", format.columns()) + ") from stdin (format csv)";
    }

    /** Whether any natural key repeats within the file (hash aggregate; cheap when there are none). */
    static String hasDuplicates(long importId) {
        return "select exists (select 1 from " + stage(importId) + " group by natural_key having count(*) > 1)";
    }

    /** Later rows whose natural key repeats an earlier row of the same file are rejected ("duplicate of line n"). */
    static String rejectDuplicates(long importId) {
        return """
                with ranked as (
                    select line_no, min(line_no) over (partition by natural_key) as first_line from %1$s
                ), dropped as (
                    delete from %1$s s using ranked r where s.line_no = r.line_no and r.line_no <> r.first_line
                    returning r.line_no, r.first_line
                )
                insert into interchange_import_rejection (import_id, line_number, reason_key, reason_args)
                select ?, line_no, 'import.rejected.duplicate', first_line::text from dropped""".formatted(stage(importId));
    }

    /**
     * Insert new rows, update rows whose published values changed (a newer vintage), leave identical rows
     * alone (a re-import changes nothing). Returns one row: inserted, updated.
     */
    static String merge(ImportFormat format, long importId) {
        List<String> columns = format.columns();
        String insertColumns = String.join(", ", columns);
        String selectColumns = columns.stream().map(ImportSql::typed).collect(Collectors.joining(", "));
        String updates = columns.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        String current = columns.stream().map(c -> "t." + c).collect(Collectors.joining(", "));
        String incoming = columns.stream().map(c -> "excluded." + c).collect(Collectors.joining(", "));
        return """
                with merged as (
                    insert into %1$s as t (natural_key, %2$s, first_import_id, last_import_id, source_line)
                    select s.natural_key, %3$s, ?, ?, s.line_no from %4$s s
                    on conflict (natural_key) do update set %5$s, last_import_id = excluded.last_import_id,
                        source_line = excluded.source_line
                    where (%6$s) is distinct from (%7$s)
                    returning (t.xmax = 0) as inserted
                )
                select count(*) filter (where inserted), count(*) filter (where not inserted) from merged"""
                .formatted(format.table(), insertColumns, selectColumns, stage(importId), updates, current, incoming);
    }

    private static String typed(String column) {
        return switch (column) {
            case "current_amount", "constant_amount" -> "s." + column + "::numeric(19,2)";
            case "fiscal_year" -> "s." + column + "::varchar(10)";
            default -> "s." + column;
        };
    }
}
