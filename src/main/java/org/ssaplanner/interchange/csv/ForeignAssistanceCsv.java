package org.ssaplanner.interchange.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportRefusedException;

/**
 * Streams a ForeignAssistance.gov CSV file record by record (FastCSV, chosen over Commons CSV because it
 * parses about three times faster, which the import benchmark needs; the file is never held in memory): strips a UTF-8 byte-order mark, accepts CRLF or LF and quoted commas and line breaks, decodes
 * strictly as UTF-8, recognises the format from the header, and checks every data row.
 *
 * <p>Policy: a row that is wrong on its own (column count, amount, fiscal year) is rejected and listed with
 * its line number while the other rows are imported; a file whose structure cannot be read (empty, not
 * UTF-8, HTML, unknown header, broken quoting) is refused whole with {@link ImportRefusedException}.
 */
public final class ForeignAssistanceCsv implements AutoCloseable {

    /** Amounts: optional minus, up to 17 integer digits, at most 2 decimals (numeric(19,2), exact). */
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,17}(\\.\\d{1,2})?");
    /** Fiscal years as published: 4 digits and an optional suffix such as "tq" (transition quarter). */
    private static final Pattern FISCAL_YEAR = Pattern.compile("\\d{4}[A-Za-z]{0,4}");

    /** Receives each data row: either accepted (values as published, blank = null) or rejected. */
    public interface RowHandler {
        void accepted(long lineNumber, String[] values) throws IOException;

        void rejected(long lineNumber, String reasonKey, List<String> reasonArgs, String excerpt) throws IOException;
    }

    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final ImportFormat format;
    private long lastLine;

    private ForeignAssistanceCsv(InputStream in) throws IOException {
        InputStream body = skipUtf8Bom(in);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // rows with the wrong number of fields are read, then rejected one by one with their line (see check)
        this.reader = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .allowExtraCharsAfterClosingQuote(false).detectBomHeader(false)
                .ofCsvRecord(new InputStreamReader(body, decoder));
        this.records = reader.iterator();
        CsvRecord header = next();
        if (header == null) {
            throw new ImportRefusedException("import.refused.empty");
        }
        this.format = detect(header.getFields());
        this.lastLine = header.getStartingLineNumber();
    }

    /** Opens the stream and reads the header; throws {@link ImportRefusedException} when it is not acceptable. */
    public static ForeignAssistanceCsv open(InputStream in) {
        try {
            return new ForeignAssistanceCsv(in);
        } catch (IOException e) {
            throw CsvRecords.refusal(e, 1);
        }
    }

    public ImportFormat format() {
        return format;
    }

    /** Reads all data rows, calling the handler for each. Returns the number of data rows read. */
    public long readRows(RowHandler handler) {
        long count = 0;
        try {
            CsvRecord record = next();
            while (record != null) {
                CsvRecord following = next();
                if (following == null && endsInsideQuotes(record)) {
                    throw new ImportRefusedException("import.refused.structure", String.valueOf(record.getStartingLineNumber()));
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
     * FastCSV closes a quote left open at the end of the file silently (FastCSV issue 173): the last record then
     * ends in a field holding the rest of the file. Both formats end in an amount, which never holds a line break,
     * so a line break in the last field of the last record means the quote was never closed.
     */
    private static boolean endsInsideQuotes(CsvRecord record) {
        String last = record.getField(record.getFieldCount() - 1);
        return last.indexOf('\n') >= 0 || last.indexOf('\r') >= 0;
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
        int expected = format.columnCount();
        if (record.getFieldCount() != expected) {
            handler.rejected(line, "import.rejected.columns",
                    List.of(String.valueOf(expected), String.valueOf(record.getFieldCount())), CsvRecords.excerpt(record));
            return;
        }
        String[] values = new String[expected];
        for (int i = 0; i < expected; i++) {
            String value = record.getField(i);
            if (value.indexOf('\u0000') >= 0) {
                handler.rejected(line, "import.rejected.nul", List.of(format.headers().get(i)), CsvRecords.excerpt(record));
                return;
            }
            values[i] = value.isEmpty() ? null : value;
        }
        if (format.countryContext()) {
            // the context data sets' values are checked by their import (engine.CountryContextImport)
            handler.accepted(line, values);
            return;
        }
        String countryCode = values[format.countryCodeIndex()];
        if (countryCode == null || countryCode.isBlank()) {
            handler.rejected(line, "import.rejected.required", List.of(format.headers().get(format.countryCodeIndex())),
                    CsvRecords.excerpt(record));
            return;
        }
        String fiscalYear = values[format.fiscalYearIndex()];
        if (fiscalYear == null || !FISCAL_YEAR.matcher(fiscalYear).matches()) {
            handler.rejected(line, "import.rejected.fiscalYear", List.of(String.valueOf(fiscalYear)), CsvRecords.excerpt(record));
            return;
        }
        int current = format.currentAmountIndex();
        if (values[current] == null || !AMOUNT.matcher(values[current]).matches()) {
            handler.rejected(line, "import.rejected.amount",
                    List.of(format.headers().get(current), String.valueOf(values[current])), CsvRecords.excerpt(record));
            return;
        }
        int constant = format.constantAmountIndex();
        if (values[constant] != null && !AMOUNT.matcher(values[constant]).matches()) {
            handler.rejected(line, "import.rejected.amount",
                    List.of(format.headers().get(constant), values[constant]), CsvRecords.excerpt(record));
            return;
        }
        handler.accepted(line, values);
    }

    /** Parses an amount accepted by this reader (exact, never through double). */
    public static BigDecimal amount(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static ImportFormat detect(List<String> header) {
        List<String> found = new ArrayList<>();
        header.forEach(value -> found.add(value.strip()));
        String first = found.isEmpty() ? "" : found.get(0);
        String joined = String.join(",", found).toLowerCase(Locale.ROOT);
        if (first.startsWith("<") || joined.contains("<html") || joined.contains("<!doctype")) {
            throw new ImportRefusedException("import.refused.html");
        }
        if (joined.indexOf('\u0000') >= 0) {
            throw new ImportRefusedException("import.refused.encoding", "1");
        }
        for (ImportFormat format : ImportFormat.values()) {
            // the SIPRI register has a reader of its own (a preamble comes before its header)
            if ((format.foreignAssistance() || format.countryContext()) && format.headers().equals(found)) {
                return format;
            }
        }
        List<String> expected = new ArrayList<>();
        for (ImportFormat format : ImportFormat.values()) {
            if (format.headers().isEmpty()) {
                continue;
            }
            expected.add(format.name() + " (" + format.columnCount() + "): " + String.join(", ", format.headers()));
        }
        String shownFound = found.size() + ": " + CsvRecords.truncate(String.join(", ", found), 2000);
        throw new ImportRefusedException("import.refused.header", String.join(" | ", expected), shownFound);
    }

    private static InputStream skipUtf8Bom(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] start = new byte[3];
        int read = pushback.readNBytes(start, 0, 3);
        boolean utf8Bom = read == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        boolean utf16Bom = read >= 2 && (((start[0] & 0xFF) == 0xFE && (start[1] & 0xFF) == 0xFF)
                || ((start[0] & 0xFF) == 0xFF && (start[1] & 0xFF) == 0xFE));
        if (utf16Bom) {
            throw new ImportRefusedException("import.refused.encoding", "1");
        }
        if (!utf8Bom && read > 0) {
            pushback.unread(start, 0, read);
        }
        return pushback;
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
