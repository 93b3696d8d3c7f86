package org.ssaplanner.interchange.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportRefusedException;

/**
 * Streams a SIPRI Arms Transfers Database trade register (the export by delivery year): SIPRI's preamble (what the
 * register covers, the attribution line, when it was generated), then the 17-column header, then one row per deal and
 * delivery year. Decodes strictly as UTF-8 (the export is ASCII), accepts CRLF or LF and quoted commas.
 *
 * <p>Policy, as for the ForeignAssistance.gov files: a row wrong on its own (column count, a number, a year, a Yes/No
 * flag, a missing supplier or recipient) is rejected with its line number and the other rows are imported; a file whose
 * structure cannot be read, or that is not a register of all suppliers to all recipients (an import replaces the whole
 * register, so a selection would delete the rest), is refused whole.
 */
public final class SipriTradeRegisterCsv implements AutoCloseable {

    /** SIPRI's first preamble line of a trade register. */
    static final String PREAMBLE_START = "Transfers of major conventional arms";
    /** The selection an import accepts (SIPRI's words in the first preamble line). */
    static final String ALL_TO_ALL = "from All countries to All countries";
    /** SIPRI's attribution line, kept wherever the data are shown. */
    public static final String ATTRIBUTION_PREFIX = "Source: SIPRI Arms Transfers Database";
    /** The header is looked for within the first lines only. */
    static final int MAX_PREAMBLE_LINES = 40;

    /** TIV figures: at most 10 integer digits and 4 decimals (numeric(16,4), exact). */
    private static final Pattern TIV = Pattern.compile("\\d{1,10}(\\.\\d{1,4})?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,9}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** The column of the deal's id and of the delivery year (together they identify a row). */
    public static final int DEAL_COLUMN = 0;
    public static final int DELIVERY_YEAR_COLUMN = 10;

    /** Column indexes of the published header. */
    static final int DEAL = 0;
    static final int SUPPLIER = 1;
    static final int RECIPIENT = 2;
    static final int ORDER_YEAR = 6;
    static final int ORDER_ESTIMATE = 7;
    static final int NUMBERS = 8;
    static final int NUMBERS_ESTIMATE = 9;
    static final int DELIVERY_YEAR = 10;
    static final int DELIVERY_ESTIMATE = 11;
    static final int SIPRI_ESTIMATE = 13;
    static final int TIV_UNIT = 14;
    static final int TIV_DELIVERED = 15;
    static final int LOCAL_PRODUCTION = 16;

    /** Receives each data row: accepted (values as published, blank = null) or rejected. */
    public interface RowHandler {
        void accepted(long lineNumber, String[] values) throws IOException;

        void rejected(long lineNumber, String reasonKey, List<String> reasonArgs, String excerpt) throws IOException;
    }

    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final List<String> preamble = new ArrayList<>();
    private long lastLine;

    private SipriTradeRegisterCsv(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(false).detectBomHeader(true)
                .ofCsvRecord(new InputStreamReader(in, decoder));
        this.records = reader.iterator();
        List<String> header = ImportFormat.SIPRI_ARMS_TRANSFERS.headers();
        while (true) {
            CsvRecord record = next();
            if (record == null || record.getStartingLineNumber() > MAX_PREAMBLE_LINES) {
                throw new ImportRefusedException("import.refused.sipri.header", String.join(", ", header));
            }
            List<String> fields = record.getFields().stream().map(String::strip).toList();
            if (fields.equals(header)) {
                break;
            }
            preamble.add(String.join(",", record.getFields()).strip());
        }
        String selection = preamble.isEmpty() ? "" : preamble.get(0);
        if (!selection.startsWith(PREAMBLE_START)) {
            throw new ImportRefusedException("import.refused.sipri.preamble");
        }
        if (!selection.contains(ALL_TO_ALL)) {
            throw new ImportRefusedException("import.refused.sipri.selection", CsvRecords.truncate(selection, 300));
        }
    }

    /**
     * Whether the file looks like a SIPRI trade register (its first line is SIPRI's, or SIPRI's header is among its
     * first lines); such a file is then read by this class, which refuses it with a reason if it is not acceptable.
     */
    public static boolean recognises(Path file) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.ISO_8859_1))) {
            String header = String.join(",", ImportFormat.SIPRI_ARMS_TRANSFERS.headers());
            for (int i = 0; i < MAX_PREAMBLE_LINES; i++) {
                String line = lines.readLine();
                if (line == null) {
                    return false;
                }
                line = line.replace("\u00ef\u00bb\u00bf", "").strip();
                if (i == 0 && line.startsWith(PREAMBLE_START) || line.equals(header)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the stream and reads the preamble and header; throws {@link ImportRefusedException} when not acceptable. */
    public static SipriTradeRegisterCsv open(InputStream in) {
        try {
            return new SipriTradeRegisterCsv(in);
        } catch (IOException e) {
            throw CsvRecords.refusal(e, 1);
        }
    }

    /** SIPRI's preamble lines (the first says what the register covers; one is the attribution line). */
    public List<String> preamble() {
        return List.copyOf(preamble);
    }

    /** SIPRI's attribution line as the file has it (for example with the copyright sign), or null. */
    public String attribution() {
        return preamble.stream().filter(l -> l.startsWith(ATTRIBUTION_PREFIX)).findFirst().orElse(null);
    }

    /** When SIPRI generated the export, as its preamble says (for example 13 Apr 2024 3:44:54 PM), or null. */
    public String generated() {
        return preamble.stream().filter(l -> l.startsWith("Data generated:"))
                .map(l -> l.substring("Data generated:".length()).strip()).findFirst().orElse(null);
    }

    /** Reads all data rows, calling the handler for each. Returns the number of data rows read. */
    public long readRows(RowHandler handler) {
        long count = 0;
        try {
            CsvRecord record = next();
            while (record != null) {
                CsvRecord following = next();
                if (following == null && endsInsideQuotes(record)) {
                    throw new ImportRefusedException("import.refused.structure",
                            String.valueOf(record.getStartingLineNumber()));
                }
                count++;
                check(record, handler);
                record = following;
            }
        } catch (IOException e) {
            throw CsvRecords.refusal(e, lastLine + 1);
        }
        return count;
    }

    /**
     * FastCSV closes a quote left open at the end of the file silently (FastCSV issue 173): the last record then ends
     * in a field holding the rest of the file. No field of the register holds a line break, so a line break in the
     * last record means the quote was never closed.
     */
    private static boolean endsInsideQuotes(CsvRecord record) {
        return record.getFields().stream().anyMatch(f -> f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0);
    }

    private CsvRecord next() throws IOException {
        CsvRecord record = CsvRecords.next(records);
        if (record != null) {
            lastLine = record.getStartingLineNumber();
        }
        return record;
    }

    private void check(CsvRecord record, RowHandler handler) throws IOException {
        long line = record.getStartingLineNumber();
        List<String> headers = ImportFormat.SIPRI_ARMS_TRANSFERS.headers();
        int expected = headers.size();
        if (record.getFieldCount() != expected) {
            handler.rejected(line, "import.rejected.columns",
                    List.of(String.valueOf(expected), String.valueOf(record.getFieldCount())), CsvRecords.excerpt(record));
            return;
        }
        String[] values = new String[expected];
        for (int i = 0; i < expected; i++) {
            String value = record.getField(i).strip();
            if (value.indexOf('\u0000') >= 0) {
                handler.rejected(line, "import.rejected.nul", List.of(headers.get(i)), CsvRecords.excerpt(record));
                return;
            }
            values[i] = value.isEmpty() ? null : value;
        }
        String reason = null;
        int column = -1;
        for (int required : new int[] {DEAL, SUPPLIER, RECIPIENT, DELIVERY_YEAR, TIV_DELIVERED}) {
            if (values[required] == null) {
                handler.rejected(line, "import.rejected.required", List.of(headers.get(required)), CsvRecords.excerpt(record));
                return;
            }
        }
        for (int c : new int[] {DEAL, NUMBERS}) {
            if (values[c] != null && !INTEGER.matcher(values[c]).matches()) {
                reason = "import.rejected.sipri.integer";
                column = c;
            }
        }
        for (int c : new int[] {ORDER_YEAR, DELIVERY_YEAR}) {
            if (reason == null && values[c] != null && !YEAR.matcher(values[c]).matches()) {
                reason = "import.rejected.sipri.year";
                column = c;
            }
        }
        for (int c : new int[] {SIPRI_ESTIMATE, TIV_UNIT, TIV_DELIVERED}) {
            if (reason == null && values[c] != null && !TIV.matcher(values[c]).matches()) {
                reason = "import.rejected.sipri.tiv";
                column = c;
            }
        }
        for (int c : new int[] {ORDER_ESTIMATE, NUMBERS_ESTIMATE, DELIVERY_ESTIMATE, LOCAL_PRODUCTION}) {
            if (reason == null && values[c] != null && flag(values[c]) == null) {
                reason = "import.rejected.sipri.flag";
                column = c;
            }
        }
        for (int c = 0; c < expected && reason == null; c++) {
            if (values[c] != null && values[c].length() > (c == SUPPLIER || c == RECIPIENT ? 200 : 300)) {
                reason = "import.rejected.sipri.long";
                column = c;
            }
        }
        if (reason != null) {
            handler.rejected(line, reason, List.of(headers.get(column), values[column]), CsvRecords.excerpt(record));
            return;
        }
        handler.accepted(line, values);
    }

    /** Whether the column holds a Yes/No flag. */
    public static boolean isFlag(int column) {
        return column == ORDER_ESTIMATE || column == NUMBERS_ESTIMATE || column == DELIVERY_ESTIMATE
                || column == LOCAL_PRODUCTION;
    }

    /** SIPRI's Yes/No flags; null for anything else. */
    public static Boolean flag(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Parses a TIV figure accepted by this reader (exact, never through double). */
    public static BigDecimal tiv(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
