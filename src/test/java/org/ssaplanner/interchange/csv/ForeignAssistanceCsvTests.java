package org.ssaplanner.interchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportRefusedException;

class ForeignAssistanceCsvTests {

    static final String SUMMARY_HEADER = "\"Country Code\",\"Country Name\",\"Region ID\",\"Region Name\",\"Income Group Acronym\","
            + "\"Income Group Name\",\"Transaction Type ID\",\"Transaction Type Name\",\"Fiscal Year\",\"current_amount\",\"constant_amount\"";
    static final String COMPLETE_HEADER = String.join(",", ImportFormat.COMPLETE.headers());

    record Row(long line, String[] values, String reason, List<String> args) {
    }

    static List<Row> read(byte[] bytes, ImportFormat expected) {
        List<Row> rows = new ArrayList<>();
        try (ForeignAssistanceCsv csv = ForeignAssistanceCsv.open(new ByteArrayInputStream(bytes))) {
            assertThat(csv.format()).isEqualTo(expected);
            csv.readRows(new ForeignAssistanceCsv.RowHandler() {
                @Override
                public void accepted(long lineNumber, String[] values) {
                    rows.add(new Row(lineNumber, values, null, List.of()));
                }

                @Override
                public void rejected(long lineNumber, String reasonKey, List<String> reasonArgs, String excerpt) {
                    rows.add(new Row(lineNumber, null, reasonKey, reasonArgs));
                }
            });
        }
        return rows;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String completeRow(String activityName, String fiscalYear, String amount) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            values.add("");
        }
        values.set(1, "SLV");
        values.set(41, activityName);
        values.set(48, fiscalYear);
        values.set(49, amount);
        values.set(50, amount);
        return String.join(",", values);
    }

    @Test
    void summaryFormatWithBomAndCrlfIsReadAsPublished() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8(SUMMARY_HEADER + "\r\nAFG,Afghanistan,4,South and Central Asia,LIC,Low Income Country,2,Obligations,1976tq,4501000,18562063\r\n"
                + "SLV,El Salvador,6,Western Hemisphere,LMIC,Lower Middle Income Country,2,Obligations,2024,-193365366,\r\n");
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);

        List<Row> rows = read(bytes, ImportFormat.COUNTRY_SUMMARY);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).values()[8]).isEqualTo("1976tq");
        assertThat(rows.get(0).values()[10]).isEqualTo("18562063");
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).values()[9]).isEqualTo("-193365366");
        assertThat(rows.get(1).values()[10]).as("empty constant amount").isNull();
    }

    @Test
    void quotedCommasAndLineBreaksStayInOneCellAndLineNumbersFollowThePhysicalLines() {
        String text = COMPLETE_HEADER + "\n"
                + completeRow("\"Police, justice and \"\"rule of law\"\"\nsecond line\"", "2020", "100.50") + "\n"
                + completeRow("Next", "2021", "7") + "\n";

        List<Row> rows = read(utf8(text), ImportFormat.COMPLETE);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()[41]).isEqualTo("Police, justice and \"rule of law\"\nsecond line");
        assertThat(rows.get(0).values()[49]).isEqualTo("100.50");
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void badRowsAreRejectedWithLineAndReasonWhileGoodRowsPass() {
        String text = COMPLETE_HEADER + "\n"
                + completeRow("ok", "2020", "1") + "\n"
                + "SLV,too,few\n"
                + completeRow("amount", "2020", "12abc") + "\n"
                + completeRow("decimals", "2020", "1.234") + "\n"
                + completeRow("year", "FY20", "1") + "\n"
                + completeRow("ok", "2021", "-5") + "\n";

        List<Row> rows = read(utf8(text), ImportFormat.COMPLETE);

        assertThat(rows).extracting(Row::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(rows).extracting(Row::reason).containsExactly(null, "import.rejected.columns",
                "import.rejected.amount", "import.rejected.amount", "import.rejected.fiscalYear", null);
        assertThat(rows.get(1).args()).containsExactly("51", "3");
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> ForeignAssistanceCsv.open(InputStream.nullInputStream()))
                .isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((ImportRefusedException) e).messageKey()).isEqualTo("import.refused.empty");
    }

    @Test
    void htmlRenamedToCsvIsRefused() {
        byte[] html = utf8("<!DOCTYPE html>\n<html><head><title>Error</title></head><body>Not found</body></html>\n");
        assertThatThrownBy(() -> ForeignAssistanceCsv.open(new ByteArrayInputStream(html)))
                .isInstanceOf(ImportRefusedException.class)
                .extracting(e -> ((ImportRefusedException) e).messageKey()).isEqualTo("import.refused.html");
    }

    @Test
    void unknownHeaderIsRefusedListingExpectedAndFoundColumns() {
        byte[] other = utf8("Country,Year,Amount\nSLV,2020,1\n");
        assertThatThrownBy(() -> ForeignAssistanceCsv.open(new ByteArrayInputStream(other)))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.refused.header");
                    assertThat(e.args().get(0)).contains("Funding Acount ID").contains("constant_amount");
                    assertThat(e.args().get(1)).isEqualTo("3: Country, Year, Amount");
                });
    }

    @Test
    void latin1FileIsRefusedAsNotUtf8WithItsLine() {
        byte[] latin1 = (SUMMARY_HEADER + "\nCIV,C\u00f4te d'Ivoire,5,Sub-Saharan Africa,LMIC,x,2,Obligations,2020,1,1\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> {
            try (ForeignAssistanceCsv csv = ForeignAssistanceCsv.open(new ByteArrayInputStream(latin1))) {
                csv.readRows(new ForeignAssistanceCsv.RowHandler() {
                    @Override
                    public void accepted(long lineNumber, String[] values) {
                    }

                    @Override
                    public void rejected(long lineNumber, String reasonKey, List<String> reasonArgs, String excerpt) {
                    }
                });
            }
        }).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.refused.encoding"));
    }

    @Test
    void utf16IsRefused() {
        byte[] utf16 = ("\uFEFF" + SUMMARY_HEADER + "\n").getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> ForeignAssistanceCsv.open(new ByteArrayInputStream(utf16)))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.refused.encoding"));
    }

    @Test
    void unterminatedQuoteRefusesTheWholeFile() {
        String text = COMPLETE_HEADER + "\n" + completeRow("\"never closed", "2020", "1") + "\n";
        assertThatThrownBy(() -> read(utf8(text), ImportFormat.COMPLETE))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.refused.structure"));
    }

    @Test
    void aQuoteLeftOpenInTheMiddleSwallowsTheRestAndRefusesTheWholeFile() {
        String text = COMPLETE_HEADER + "\n" + completeRow("fine", "2020", "1") + "\n"
                + completeRow("\"opened here", "2020", "2") + "\n" + completeRow("after", "2021", "3") + "\n";
        assertThatThrownBy(() -> read(utf8(text), ImportFormat.COMPLETE))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.refused.structure");
                    assertThat(e.args()).containsExactly("3");
                });
    }

    @Test
    void aLineBreakInsideQuotesInTheLastRowIsData() {
        String text = COMPLETE_HEADER + "\n" + completeRow("\"two\nlines\"", "2020", "1") + "\n";
        List<Row> rows = read(utf8(text), ImportFormat.COMPLETE);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.reason()).isNull();
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.values()[41]).isEqualTo("two\nlines");
        });
    }
}
