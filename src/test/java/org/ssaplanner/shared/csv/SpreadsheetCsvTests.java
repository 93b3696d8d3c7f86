package org.ssaplanner.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTests {

    @Test
    void formulaCellsAreNeverExportedUnescaped() {
        assertThat(SpreadsheetCsv.text("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SpreadsheetCsv.text("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCsv.text("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCsv.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.text("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCsv.text("Police training")).isEqualTo("Police training");
        assertThat(SpreadsheetCsv.text(null)).isNull();
    }

    @Test
    void writesRecordsWithSafeTextAndPlainNumbers() {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out)) {
            csv.row("name", "amount", "count", "note");
            csv.row("=HYPERLINK(\"x\")", new BigDecimal("-1.5E+3"), -2L, null);
            csv.row("Rule of law, phase 2", new BigDecimal("250.25"), 3, "say \"hi\"");
        }
        assertThat(out.toString()).isEqualTo("name,amount,count,note\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",-1500,-2,\r\n"
                + "\"Rule of law, phase 2\",250.25,3,\"say \"\"hi\"\"\"\r\n");
    }
}
