package org.ssaplanner.interchange.domain;

import java.util.stream.Collectors;
import org.ssaplanner.interchange.ImportFormat;

/** The set-based SQL of an import: new rows go straight into the final table with COPY, changed rows through a staging table. */
final class ImportSql {

    private ImportSql() {
    }

    /**
     * Imports are the only writers of the imported tables; this lock keeps a second import (another instance)
     * out between "which keys exist" and the writes, and lets the country pages read on.
     */
    static String lock(ImportFormat format) {
        return "lock table " + format.table() + " in share row exclusive mode";
    }

    static String hasRows(ImportFormat format) {
        return "select exists (select 1 from " + format.table() + ")";
    }

    /**
     * Which of the given keys (country, activity or "", natural key; three arrays) are stored already. Activity
     * rows are found through their unique (country_code, coalesce(activity_id, ''), natural_key) index, country
     * summary rows through their unique natural key.
     */
    static String existingKeys(ImportFormat format) {
        String match = format == ImportFormat.COMPLETE
                ? "t.country_code = k.country and coalesce(t.activity_id, '') = k.activity and t.natural_key = k.natural_key"
                : "t.natural_key = k.natural_key";
        return "select k.natural_key from unnest(?::text[], ?::text[], ?::uuid[]) as k(country, activity, natural_key) "
                + "where exists (select 1 from " + format.table() + " t where " + match + ")";
    }

    /** The columns of a COPY tuple, in the order {@link RowBatcher} writes them. */
    static String copyColumns(ImportFormat format) {
        return "natural_key, source_line, " + String.join(", ", format.columns()) + ", first_import_id, last_import_id";
    }

    static String copyIntoTable(ImportFormat format) {
        return "copy " + format.table() + " (" + copyColumns(format) + ") from stdin (format binary)";
    }

    /** The staging table of one import: the rows whose natural key is stored already (a re-import or a newer vintage). */
    static String stage(long importId) {
        return "interchange_stage_" + importId;
    }

    /**
     * UNLOGGED (no WAL; in shared buffers, unlike a temporary table that spills beyond temp_buffers), with the
     * final table's column types, created and dropped inside the import's transaction so a crash leaves nothing.
     */
    static String createStage(ImportFormat format, long importId) {
        return "create unlogged table " + stage(importId) + " as select " + copyColumns(format) + " from "
                + format.table() + " with no data";
    }

    static String copyIntoStage(ImportFormat format, long importId) {
        return "copy " + stage(importId) + " (" + copyColumns(format) + ") from stdin (format binary)";
    }

    static String dropStage(long importId) {
        return "drop table " + stage(importId);
    }

    /** Rows whose published values changed (a newer vintage) are updated; identical rows stay as they are. */
    static String updateChanged(ImportFormat format, long importId) {
        String updates = format.columns().stream().map(c -> c + " = s." + c).collect(Collectors.joining(", "));
        String current = format.columns().stream().map(c -> "t." + c).collect(Collectors.joining(", "));
        String incoming = format.columns().stream().map(c -> "s." + c).collect(Collectors.joining(", "));
        String match = format == ImportFormat.COMPLETE
                ? "t.country_code = s.country_code and coalesce(t.activity_id, '') = coalesce(s.activity_id, '') "
                        + "and t.natural_key = s.natural_key"
                : "t.natural_key = s.natural_key";
        return """
                update %1$s t set %2$s, last_import_id = s.last_import_id, source_line = s.source_line
                from %3$s s where %4$s and (%5$s) is distinct from (%6$s)"""
                .formatted(format.table(), updates, stage(importId), match, current, incoming);
    }
}
