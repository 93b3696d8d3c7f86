package org.ssaplanner.interchange.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import org.ssaplanner.interchange.ImportRefusedException;

/** What the readers of this package share: reading the next record, and the words for a refused file or row. */
final class CsvRecords {

    /** How much of a rejected row its rejection quotes. */
    private static final int EXCERPT = 200;

    private CsvRecords() {
    }

    /** The next record, or null at the end; broken quoting or an I/O failure as an IOException. */
    static CsvRecord next(CloseableIterator<CsvRecord> records) throws IOException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            // broken quoting (an unterminated quote runs into the buffer limit or the end of the file)
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The refusal of a file that cannot be read at a line: its encoding, or else its structure. */
    static RuntimeException refusal(IOException e, long line) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof CharacterCodingException) {
                return new ImportRefusedException("import.refused.encoding", String.valueOf(line));
            }
            cause = cause.getCause();
        }
        return new ImportRefusedException("import.refused.structure", String.valueOf(line));
    }

    /** The start of a rejected row, as its rejection shows it. */
    static String excerpt(CsvRecord record) {
        return truncate(String.join(",", record.getFields()), EXCERPT);
    }

    static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max) + "…";
    }
}
