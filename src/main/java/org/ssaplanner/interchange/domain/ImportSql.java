package org.ssaplanner.interchange.domain;

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

    /** The content keys of the file's rows that are stored already (identical rows), for one import. */
    static String matchTable(long importId) {
        return "interchange_match_" + importId;
    }

    /**
     * UNLOGGED (no WAL; in shared buffers, unlike a temporary table that spills beyond temp_buffers), created and
     * dropped inside the import's transaction so a crash leaves nothing.
     */
    static String createMatchTable(long importId) {
        return "create unlogged table " + matchTable(importId) + " (content_key uuid not null)";
    }

    static String dropMatchTable(long importId) {
        return "drop table " + matchTable(importId);
    }

    /**
     * Notes which of the given rows (country, activity or "", content key; three arrays) are stored already, and
     * returns their content keys. Activity rows are found through their unique (country_code,
     * coalesce(activity_id, ''), content_key) index, country summary rows through (country_code, content_key).
     */
    static String matchExisting(ImportFormat format, long importId) {
        String match = format.hasActivities()
                ? "t.country_code = k.country and coalesce(t.activity_id, '') = k.activity and t.content_key = k.content_key"
                : "t.country_code = k.country and t.content_key = k.content_key";
        return "insert into " + matchTable(importId) + " (content_key) "
                + "select k.content_key from unnest(?::text[], ?::text[], ?::uuid[]) as k(country, activity, content_key) "
                + "where exists (select 1 from " + format.table() + " t where " + match + ") returning content_key";
    }
}
