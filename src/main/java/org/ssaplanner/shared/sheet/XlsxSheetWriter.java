package org.ssaplanner.shared.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX with FastExcel's streaming writer: rows are flushed to the stream every {@value #FLUSH_EVERY} rows and text is
 * written inline (no shared-string table growing with the file), so memory stays constant. Numbers are number cells,
 * dates date cells with a date format, the header row bold and frozen.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final int FLUSH_EVERY = 500;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxSheetWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "SSA Planner", "1.0");
        this.sheet = workbook.newWorksheet(safeName(sheetName));
    }

    @Override
    public SheetWriter row(Object... cells) {
        for (int column = 0; column < cells.length; column++) {
            write(column, cells[column]);
        }
        if (row == 0) {
            sheet.range(0, 0, 0, Math.max(cells.length - 1, 0)).style().bold().set();
            sheet.freezePane(0, 1);
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    private void write(int column, Object cell) {
        if (cell == null) {
            return;
        }
        if (cell instanceof BigDecimal number) {
            sheet.value(row, column, number);
        } else if (cell instanceof Number number) {
            sheet.value(row, column, number);
        } else if (cell instanceof LocalDate date) {
            sheet.value(row, column, date);
            sheet.style(row, column).format("yyyy-mm-dd").set();
        } else if (cell instanceof Instant instant) {
            sheet.value(row, column, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            sheet.style(row, column).format("yyyy-mm-dd hh:mm:ss").set();
        } else if (cell instanceof Boolean flag) {
            sheet.value(row, column, flag);
        } else {
            // a text cell, never a formula, whatever it starts with
            sheet.inlineString(row, column, cell.toString());
        }
    }

    @Override
    public void close() {
        try {
            sheet.finish();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel's rules for a sheet name: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    private static String safeName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").trim();
        return cleaned.isEmpty() ? "Sheet1" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
