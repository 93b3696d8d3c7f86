package org.ssaplanner.shared.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;

/**
 * CSV for download (FastCSV: RFC 4180, CRLF, quotes where needed) that a spreadsheet opens safely: a text cell
 * starting with {@code = + - @}, a tab or a carriage return gets a leading single quote, so it is shown as text
 * and never evaluated (OWASP "CSV injection"). Numbers are written as plain digits, negative ones included.
 */
public final class SpreadsheetCsv implements Closeable {

    private final CsvWriter writer;

    private SpreadsheetCsv(Writer out) {
        this.writer = CsvWriter.builder().build(out);
    }

    public static SpreadsheetCsv to(Writer out) {
        return new SpreadsheetCsv(out);
    }

    /** One record: text cells made safe, numbers as plain digits, null as an empty cell. */
    public SpreadsheetCsv row(Object... cells) {
        String[] values = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            if (cell == null) {
                values[i] = "";
            } else if (cell instanceof BigDecimal number) {
                values[i] = number.toPlainString();
            } else if (cell instanceof Number number) {
                values[i] = number.toString();
            } else {
                values[i] = text(cell.toString());
            }
        }
        writer.writeRecord(values);
        return this;
    }

    /** The text as a spreadsheet shows it without evaluating it. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
