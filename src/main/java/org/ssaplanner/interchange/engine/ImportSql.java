package org.ssaplanner.interchange.engine;

import java.util.List;
import org.ssaplanner.interchange.ImportFormat;

/**
 * The SQL of an import's writing side: rows the table does not hold yet go straight into the final table with
 * COPY; rows identical to a stored row are only noted (their content keys, in a match table) so that they stay
 * untouched. What the file no longer has is moved out afterwards ({@link Vintages}).
 */
final class ImportSql {

    private ImportSql() {
    }

    /**
     * Imports and rollbacks are the only writers of the imported tables; this lock keeps a second import (another
     * instance) out between "which rows exist" and the writes, and lets the country pages read on.
     */
    static String lock(ImportFormat format) {
        return "lock table " + format.table() + " in share row exclusive mode";
    }

    static String hasRows(ImportFormat format) {
        return "select exists (select 1 from " + format.table() + ")";
    }

    /** The columns of a COPY tuple, in the order {@link RowBatcher} writes them. */
    static String copyColumns(ImportFormat format) {
        return "natural_key, content_key, source_line, " + String.join(", ", format.columns())
                + ", first_import_id, last_import_id";
    }

    /** Every column of a stored row (the history table has the same ones and the import that replaced it). */
    static String rowColumns(ImportFormat format) {
        return "id, " + copyColumns(format);
    }

    static String copyIntoTable(ImportFormat format) {
        return "copy " + format.table() + " (" + copyColumns(format) + ") from stdin (format binary)";
    }

    /** The file's rows that are stored already (identical), by country, activity ("" when none) and content key. */
    static String matchTable(long importId) {
        return "interchange_match_" + importId;
    }

    /** The file's rows that the import stored (not stored before), the same way. */
    static String newTable(long importId) {
        return "interchange_new_" + importId;
    }

    /**
     * Both UNLOGGED (no WAL; in shared buffers, unlike temporary tables that spill beyond temp_buffers), created
     * and dropped inside the import's transaction so a crash leaves nothing.
     */
    static List<String> createKeyTables(long importId) {
        return List.of(matchTable(importId), newTable(importId)).stream()
                .map(t -> "create unlogged table " + t + " (country_code text not null, act text not null, content_key uuid not null)")
                .toList();
    }

    static List<String> dropKeyTables(long importId) {
        return List.of("drop table " + matchTable(importId), "drop table " + newTable(importId));
    }

    /**
     * Sorts the given rows of a batch (country, activity or "", content key; three arrays) into those stored already
     * (noted in the match table, their content keys returned) and the others (noted in the new table: the import
     * stores them). Activity rows are found through their unique (country_code, coalesce(activity_id, ''),
     * content_key) index, country summary rows through (country_code, content_key).
     */
    static String sortExisting(ImportFormat format, long importId) {
        String match = format.hasActivities()
                ? "t.country_code = k.country and coalesce(t.activity_id, '') = k.activity and t.content_key = k.content_key"
                : "t.country_code = k.country and t.content_key = k.content_key";
        return """
                with k as materialized (
                    select k.country, k.activity, k.content_key,
                           exists (select 1 from %1$s t where %2$s) stored
                    from unnest(?::text[], ?::text[], ?::uuid[]) as k(country, activity, content_key)),
                fresh as (insert into %3$s (country_code, act, content_key)
                          select country, activity, content_key from k where not stored)
                insert into %4$s (country_code, act, content_key)
                select country, activity, content_key from k where stored returning content_key"""
                .formatted(format.table(), match, newTable(importId), matchTable(importId));
    }
}
