package org.ssaplanner.interchange.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportRefusedException;
import org.ssaplanner.interchange.RejectedRow;
import org.ssaplanner.interchange.csv.ForeignAssistanceCsv;

/**
 * Imports a partner-country context file (WGI governance, UCDP/PRIO conflict years, SIPRI military burden) on the
 * import's transaction. The file is the whole data set: its checked rows go into a temporary stage table, and then
 * in SQL the stored rows become exactly the file's rows (identical rows stay untouched, changed ones are updated,
 * rows the file no longer has are deleted, new ones inserted), so importing the same file again changes nothing.
 *
 * <p>Bad input, as for ForeignAssistance.gov files: a row wrong on its own (column count, a number, a year, a code
 * no mapping knows, a repeated key) is rejected with its line number and reason, the other rows are imported; a
 * file that cannot be read (structure, encoding, no readable row, more than 50,000 bad rows) is refused whole and
 * nothing changes. Source codes become SSA Planner's area codes (ISO alpha-3, or an {@code interchange_area} code
 * such as XKX) directly or through {@code interchange_context_code} (World Bank codes such as ZAR, Gleditsch-Ward
 * numbers).
 */
@Component
public class CountryContextImport {

    private static final Logger log = LoggerFactory.getLogger(CountryContextImport.class);
    private static final int BATCH = 2_000;
    private static final int EXCERPT = 200;
    private static final long PROGRESS_EVERY_MILLIS = 500;
    /** WGI's literal for a missing value. */
    static final String MISSING = "..";
    static final Set<String> WGI_INDICATORS = Set.of("cc", "ge", "pv", "rl", "rq", "va");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,6}(\\.\\d{1,12})?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2200;

    /** Receives progress (phase, bytes read, rows read, rows rejected) for the import log. */
    public interface Progress {
        void report(String phase, long bytesRead, long rowsRead, long rowsRejected);
    }

    /** What the import did: rows read (data rows of the file), added, changed, unchanged, removed, rejected. */
    public record Result(long rowsRead, long added, long changed, long unchanged, long removed, long rejected,
            List<RejectedRow> firstRejections) {
    }

    private final JdbcTemplate jdbc;
    private final ImportLog importLog;

    CountryContextImport(JdbcTemplate jdbc, ImportLog importLog) {
        this.jdbc = jdbc;
        this.importLog = importLog;
    }

    /** Runs on the caller's (the import's) transaction; throws {@link ImportRefusedException} to refuse the file. */
    public Result run(long importId, ImportFormat format, ForeignAssistanceCsv csv, LongSupplier bytesRead,
            Progress progress) {
        if (!format.countryContext()) {
            throw new IllegalArgumentException(format.name());
        }
        jdbc.execute(ImportSql.lock(format));
        jdbc.execute("drop table if exists pg_temp.context_stage");
        jdbc.execute("create temporary table context_stage (like " + format.table() + ") on commit drop");
        Stage stage = new Stage(importId, format, codes(format), bytesRead, progress);
        long rowsRead = csv.readRows(stage);
        stage.flush();
        if (stage.accepted == 0) {
            throw new ImportRefusedException("import.refused.context.noRows");
        }
        progress.report("MERGING", bytesRead.getAsLong(), rowsRead, stage.rejected);
        jdbc.execute("analyze context_stage");
        List<String> compared = comparedColumns(format);
        String key = format.keyColumns().stream().map(c -> "t." + c + " = s." + c).collect(Collectors.joining(" and "));
        String all = String.join(", ", compared) + ", import_id, source_line";
        long changed = jdbc.update("update " + format.table() + " t set (" + all + ") = ("
                + prefixed("s.", compared) + ", s.import_id, s.source_line) from context_stage s where " + key
                + " and (" + prefixed("t.", compared) + ") is distinct from (" + prefixed("s.", compared) + ")");
        long removed = jdbc.update("delete from " + format.table() + " t where not exists (select 1 from context_stage s "
                + "where " + key + ")");
        long added = jdbc.update("insert into " + format.table() + " (" + all + ") select " + all
                + " from context_stage s where not exists (select 1 from " + format.table() + " t where " + key + ")");
        long unchanged = stage.accepted - added - changed;
        log.info("Import {} ({}): {} rows read, {} added, {} changed, {} unchanged, {} removed, {} rejected", importId,
                format, rowsRead, added, changed, unchanged, removed, stage.rejected);
        return new Result(rowsRead, added, changed, unchanged, removed, stage.rejected, stage.firstRejections);
    }

    /** Every stored column except the import's own (import_id, source_line): what makes two rows the same row. */
    static List<String> comparedColumns(ImportFormat format) {
        List<String> columns = new ArrayList<>(stageColumns(format));
        columns.removeAll(List.of("import_id", "source_line"));
        return columns;
    }

    /** The stage table's columns in the order {@link Stage} fills them. */
    static List<String> stageColumns(ImportFormat format) {
        List<String> columns = new ArrayList<>();
        if (format == ImportFormat.UCDP_PRIO) {
            columns.addAll(format.columns());
            columns.add("area_codes");
        } else {
            columns.add("area_code");
            columns.addAll(format.columns());
        }
        columns.add("import_id");
        columns.add("source_line");
        return columns;
    }

    private static String prefixed(String prefix, List<String> columns) {
        return columns.stream().map(c -> prefix + c).collect(Collectors.joining(", "));
    }

    /**
     * Source code to area code for the format's scheme: the crosswalk first (an empty Optional: known, shown
     * nowhere), then for WGI and OWID codes the ISO alpha-3 codes and the interchange_area codes as themselves.
     */
    private Map<String, Optional<String>> codes(ImportFormat format) {
        String scheme = switch (format) {
            case WGI -> "WB";
            case SIPRI_MILEX -> "OWID";
            case UCDP_PRIO -> "GW";
            default -> throw new IllegalArgumentException(format.name());
        };
        Map<String, Optional<String>> codes = new HashMap<>();
        if (format != ImportFormat.UCDP_PRIO) {
            jdbc.query("select alpha3 from country union select code from interchange_area where kind in ('COUNTRY', "
                    + "'FORMER', 'AREA')", (RowCallbackHandler) rs -> {
                        codes.put(rs.getString(1), Optional.of(rs.getString(1)));
                    });
        }
        jdbc.query("select source_code, area_code from interchange_context_code where scheme = ?", (RowCallbackHandler) rs -> {
            codes.put(rs.getString(1), Optional.ofNullable(rs.getString(2)));
        }, scheme);
        return codes;
    }

    /** Checks each accepted CSV row of the format, stages it in batches, lists the rejected ones. */
    private final class Stage implements ForeignAssistanceCsv.RowHandler {

        private final long importId;
        private final ImportFormat format;
        private final Map<String, Optional<String>> codes;
        private final LongSupplier bytesRead;
        private final Progress progress;
        private final String insert;
        private final Map<List<Object>, Long> lineOfKey = new HashMap<>();
        private final List<Object[]> batch = new ArrayList<>(BATCH);
        private final List<RejectedRow> rejections = new ArrayList<>();
        private final List<RejectedRow> firstRejections = new ArrayList<>();
        private final int[] keyIndexes;
        private long accepted;
        private long rejected;
        private long rowsSeen;
        private long lastProgress = System.currentTimeMillis();

        Stage(long importId, ImportFormat format, Map<String, Optional<String>> codes, LongSupplier bytesRead,
                Progress progress) {
            this.importId = importId;
            this.format = format;
            this.codes = codes;
            this.bytesRead = bytesRead;
            this.progress = progress;
            List<String> columns = stageColumns(format);
            this.insert = "insert into context_stage (" + String.join(", ", columns) + ") values ("
                    + columns.stream().map(c -> c.equals("area_codes") ? "?::varchar[]" : "?")
                            .collect(Collectors.joining(", ")) + ")";
            this.keyIndexes = format.keyColumns().stream().mapToInt(columns::indexOf).toArray();
        }

        @Override
        public void accepted(long lineNumber, String[] values) {
            rowsSeen++;
            try {
                Object[] row = switch (format) {
                    case WGI -> governance(values);
                    case UCDP_PRIO -> conflictYear(values);
                    case SIPRI_MILEX -> militaryBurden(values);
                    default -> throw new IllegalStateException(format.name());
                };
                row[row.length - 2] = importId;
                row[row.length - 1] = lineNumber;
                List<Object> key = Arrays.asList(IntStream.of(keyIndexes).mapToObj(i -> row[i]).toArray());
                Long first = lineOfKey.putIfAbsent(key, lineNumber);
                if (first != null) {
                    throw new Rejection("import.rejected.context.duplicate", String.valueOf(first));
                }
                batch.add(row);
                accepted++;
                if (batch.size() >= BATCH) {
                    flush();
                }
            } catch (Rejection r) {
                reject(new RejectedRow(lineNumber, r.key, r.args, excerpt(values)));
            }
            if (System.currentTimeMillis() - lastProgress >= PROGRESS_EVERY_MILLIS) {
                lastProgress = System.currentTimeMillis();
                progress.report("READING", bytesRead.getAsLong(), rowsSeen, rejected);
            }
        }

        @Override
        public void rejected(long lineNumber, String reasonKey, List<String> reasonArgs, String excerpt) {
            rowsSeen++;
            reject(new RejectedRow(lineNumber, reasonKey, reasonArgs, excerpt));
        }

        private void reject(RejectedRow row) {
            rejected++;
            if (rejected > RowBatcher.MAX_REJECTED_ROWS) {
                throw new ImportRefusedException("import.refused.tooManyRejected",
                        String.valueOf(RowBatcher.MAX_REJECTED_ROWS));
            }
            rejections.add(row);
            if (firstRejections.size() < 100) {
                firstRejections.add(row);
            }
            if (rejections.size() >= BATCH) {
                importLog.addRejections(importId, rejections);
                rejections.clear();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                jdbc.batchUpdate(insert, batch);
                batch.clear();
            }
            if (!rejections.isEmpty()) {
                importLog.addRejections(importId, rejections);
                rejections.clear();
            }
        }

        // ------------------------------------------------------------------ the formats

        /** area_code, codeindyr, source_code, source_name, year, indicator, estimate ... percentile_upper. */
        private Object[] governance(String[] v) {
            String code = required(v, 1);
            String name = required(v, 2);
            String area = area(code, name);
            Integer year = year(v, 3);
            String indicator = required(v, 4);
            if (!WGI_INDICATORS.contains(indicator)) {
                throw new Rejection("import.rejected.context.indicator", indicator);
            }
            String codeIndicatorYear = required(v, 0);
            return new Object[] {area, codeIndicatorYear, code, name, year, indicator, decimal(v, 5), decimal(v, 6),
                    integer(v, 7), percent(v, 8), percent(v, 9), percent(v, 10), null, null};
        }

        /** The 28 published columns, then area_codes (the countries of gwno_loc). */
        private Object[] conflictYear(String[] v) {
            Object[] row = new Object[v.length + 3];
            for (int i = 0; i < v.length; i++) {
                row[i] = v[i];
            }
            row[0] = requiredInteger(v, 0);
            required(v, 1);
            required(v, 2);
            row[8] = oneOf(v, 8, 1, 3);
            row[10] = year(v, 10);
            row[11] = oneOf(v, 11, 1, 2);
            row[12] = v[12] == null ? null : oneOf(v, 12, 0, 1);
            row[13] = oneOf(v, 13, 1, 4);
            String locations = required(v, 25);
            Set<String> areas = new LinkedHashSet<>();
            for (String gw : locations.split(",")) {
                String number = gw.strip();
                Optional<String> area = codes.get(number);
                if (area == null) {
                    throw new Rejection("import.rejected.context.gw", format.headers().get(25), number);
                }
                area.ifPresent(areas::add);
            }
            row[v.length] = areas.toArray(String[]::new);
            return row;
        }

        /** area_code, entity, source_code, year, share_of_gdp, owid_region. */
        private Object[] militaryBurden(String[] v) {
            String entity = required(v, 0);
            if (v[1] == null) {
                throw new Rejection("import.rejected.context.noCode", entity);
            }
            String area = area(v[1], entity);
            Integer year = year(v, 2);
            BigDecimal share = decimal(v, 3);
            if (share == null) {
                throw new Rejection("import.rejected.required", format.headers().get(3));
            }
            if (share.signum() < 0) {
                throw new Rejection("import.rejected.context.number", format.headers().get(3), v[3]);
            }
            return new Object[] {area, entity, v[1], year, share, v[4], null, null};
        }

        private String area(String code, String name) {
            Optional<String> area = codes.get(code);
            if (area == null || area.isEmpty()) {
                throw new Rejection("import.rejected.context.code", code, name);
            }
            return area.get();
        }

        private String required(String[] v, int i) {
            if (v[i] == null || v[i].isBlank() || MISSING.equals(v[i])) {
                throw new Rejection("import.rejected.required", format.headers().get(i));
            }
            return v[i];
        }

        private Integer year(String[] v, int i) {
            String value = required(v, i);
            if (!YEAR.matcher(value).matches() || Integer.parseInt(value) < MIN_YEAR || Integer.parseInt(value) > MAX_YEAR) {
                throw new Rejection("import.rejected.context.year", format.headers().get(i), value);
            }
            return Integer.valueOf(value);
        }

        private Integer requiredInteger(String[] v, int i) {
            String value = required(v, i);
            if (!INTEGER.matcher(value).matches()) {
                throw new Rejection("import.rejected.context.number", format.headers().get(i), value);
            }
            return Integer.valueOf(value);
        }

        private Integer oneOf(String[] v, int i, int min, int max) {
            String value = required(v, i);
            if (!INTEGER.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
                throw new Rejection("import.rejected.context.range", format.headers().get(i), value,
                        String.valueOf(min), String.valueOf(max));
            }
            return Integer.valueOf(value);
        }

        private Integer integer(String[] v, int i) {
            String value = v[i];
            if (value == null || MISSING.equals(value)) {
                return null;
            }
            if (!INTEGER.matcher(value).matches() || value.length() > 4) {
                throw new Rejection("import.rejected.context.number", format.headers().get(i), value);
            }
            return Integer.valueOf(value);
        }

        /** A decimal as published (exact, never through double); {@code ..} or empty = missing. */
        private BigDecimal decimal(String[] v, int i) {
            String value = v[i];
            if (value == null || MISSING.equals(value)) {
                return null;
            }
            if (!DECIMAL.matcher(value).matches()) {
                throw new Rejection("import.rejected.context.number", format.headers().get(i), value);
            }
            return new BigDecimal(value);
        }

        private BigDecimal percent(String[] v, int i) {
            BigDecimal value = decimal(v, i);
            if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                throw new Rejection("import.rejected.context.percentile", format.headers().get(i), v[i]);
            }
            return value;
        }

        private String excerpt(String[] values) {
            String text = Arrays.stream(values).map(v -> v == null ? "" : v).collect(Collectors.joining(","));
            return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
        }
    }

    /** A row wrong on its own: the reason's message key and arguments. */
    private static final class Rejection extends RuntimeException {

        private final String key;
        private final List<String> args;

        Rejection(String key, String... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = List.of(args);
        }
    }
}
