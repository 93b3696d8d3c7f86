package org.ssaplanner.shared.sheet;

import java.io.Closeable;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * A table written row by row to a stream, as CSV or XLSX, in constant memory whatever its length. Cells are
 * {@code null} (empty), numbers (kept as numbers, exactly as stored in CSV), {@link java.time.LocalDate} and
 * {@link java.time.Instant} (dates), or anything else as its text. Formula-like text is never a formula: CSV puts
 * a quote before it ({@link org.ssaplanner.shared.csv.SpreadsheetCsv}), XLSX stores it as a text cell.
 */
public interface SheetWriter extends Closeable {

    /** One row; the first row written is the header. */
    SheetWriter row(Object... cells);

    /** Writes what is left and ends the file. */
    @Override
    void close();

    static SheetWriter open(SheetFormat format, OutputStream out, String sheetName) {
        return switch (format) {
            case CSV -> new CsvSheetWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            case XLSX -> new XlsxSheetWriter(out, sheetName);
        };
    }
}
