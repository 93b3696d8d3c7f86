package org.ssaplanner.shared.sheet;

import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.ssaplanner.shared.csv.SpreadsheetCsv;

/** CSV through {@link SpreadsheetCsv}; an instant as its UTC date and time (ISO 8601), a date as ISO. */
final class CsvSheetWriter implements SheetWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final SpreadsheetCsv csv;

    CsvSheetWriter(Writer out) {
        this.csv = SpreadsheetCsv.to(out);
    }

    @Override
    public SheetWriter row(Object... cells) {
        Object[] values = cells.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Instant instant) {
                values[i] = UTC.format(instant);
            }
        }
        csv.row(values);
        return this;
    }

    /** Writes what FastCSV still holds; this closes the response's stream, which ends the download. */
    @Override
    public void close() {
        csv.close();
    }
}
