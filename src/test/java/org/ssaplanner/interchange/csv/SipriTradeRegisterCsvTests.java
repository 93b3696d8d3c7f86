package org.ssaplanner.interchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssaplanner.interchange.ImportFormat;
import org.ssaplanner.interchange.ImportRefusedException;

class SipriTradeRegisterCsvTests {

    static final String PREAMBLE = """
            Transfers of major conventional arms from All countries to All countries. Deals with deliveries or orders made for year range '1990' to '2023'\s
            A '?' in a column indicates uncertain data.
            SIPRI trend-indicator values (TIVs) are in millions.

            Source: SIPRI Arms Transfers Database (c) SIPRI.
            Data generated: 13 Apr 2024 3:44:54 PM
            """;
    static final String HEADER = String.join(",", ImportFormat.SIPRI_ARMS_TRANSFERS.headers());
    static final String TURKIYE = "66772,Turkiye,El Salvador,Vuran -,APC,Armoured vehicles,2022,No,11,Yes,2023,No,New,0.3,0.3,3.3,No";
    static final String HOWITZERS = "60107,United States,El Salvador,M-198 155mm,towed gun,Artillery,2019,Yes,12,No,2020,Yes,Second hand,0.85,0.34,4.08,No";

    record Row(long line, String[] values, String reason, List<String> args) {
    }

    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        try (SipriTradeRegisterCsv csv = SipriTradeRegisterCsv.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            csv.readRows(new SipriTradeRegisterCsv.RowHandler() {
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

    @Test
    void readsThePreambleTheAttributionAndTheRowsWithTheirPhysicalLines() {
        try (SipriTradeRegisterCsv csv = SipriTradeRegisterCsv.open(new ByteArrayInputStream(
                (PREAMBLE + HEADER + "\n" + TURKIYE + "\n").getBytes(StandardCharsets.UTF_8)))) {
            assertThat(csv.attribution()).isEqualTo("Source: SIPRI Arms Transfers Database (c) SIPRI.");
            assertThat(csv.generated()).isEqualTo("13 Apr 2024 3:44:54 PM");
            assertThat(csv.preamble().get(0)).contains("from All countries to All countries");
        }
        List<Row> rows = read(PREAMBLE + HEADER + "\r\n" + TURKIYE + "\r\n" + HOWITZERS + "\r\n");
        assertThat(rows).extracting(Row::line).containsExactly(8L, 9L);
        assertThat(rows.get(0).values()[1]).isEqualTo("Turkiye");
        assertThat(rows.get(1).values()[15]).isEqualTo("4.08");
    }

    @Test
    void rejectsRowsThatAreWrongOnTheirOwnWithTheirLine() {
        String text = PREAMBLE + HEADER + "\n" + TURKIYE + "\n"
                + TURKIYE.replace(",3.3,No", ",-1,No") + "\n"
                + TURKIYE.replace(",2023,No,", ",23,No,") + "\n"
                + TURKIYE.replace(",Yes,2023", ",Maybe,2023") + "\n"
                + TURKIYE.replace("Turkiye,", ",") + "\n"
                + "1,2,3\n"
                + TURKIYE.replace(",11,", ",eleven,") + "\n";
        List<Row> rows = read(text);
        assertThat(rows).extracting(Row::line, Row::reason).containsExactly(
                tuple(8L, null),
                tuple(9L, "import.rejected.sipri.tiv"),
                tuple(10L, "import.rejected.sipri.year"),
                tuple(11L, "import.rejected.sipri.flag"),
                tuple(12L, "import.rejected.required"),
                tuple(13L, "import.rejected.columns"),
                tuple(14L, "import.rejected.sipri.integer"));
        assertThat(rows.get(1).args()).containsExactly("TIV delivery values", "-1");
    }

    @Test
    void refusesASelectionAMissingPreambleAMissingHeaderAndAnUnclosedQuote() {
        assertThatThrownBy(() -> read(PREAMBLE.replace("to All countries", "to El Salvador") + HEADER + "\n" + TURKIYE))
                .isInstanceOf(ImportRefusedException.class).extracting("messageKey")
                .isEqualTo("import.refused.sipri.selection");
        assertThatThrownBy(() -> read(HEADER + "\n" + TURKIYE + "\n")).isInstanceOf(ImportRefusedException.class)
                .extracting("messageKey").isEqualTo("import.refused.sipri.preamble");
        assertThatThrownBy(() -> read(PREAMBLE + HEADER.replace("Supplier", "Seller") + "\n" + TURKIYE + "\n"))
                .isInstanceOf(ImportRefusedException.class).extracting("messageKey")
                .isEqualTo("import.refused.sipri.header");
        assertThatThrownBy(() -> read(PREAMBLE + HEADER + "\n" + TURKIYE.replace("Vuran", "\"Vuran") + "\n" + HOWITZERS + "\n"))
                .isInstanceOf(ImportRefusedException.class).extracting("messageKey")
                .isEqualTo("import.refused.structure");
    }

    @Test
    void recognisesARegisterByItsFirstLineOrItsHeaderAndNothingElse(@TempDir Path dir) throws IOException {
        Path register = Files.writeString(dir.resolve("a.csv"), PREAMBLE + HEADER + "\n" + TURKIYE + "\n");
        Path bare = Files.writeString(dir.resolve("b.csv"), HEADER + "\n" + TURKIYE + "\n");
        Path faGov = Files.writeString(dir.resolve("c.csv"), String.join(",", ImportFormat.COMPLETE.headers()) + "\n");
        assertThat(SipriTradeRegisterCsv.recognises(register)).isTrue();
        assertThat(SipriTradeRegisterCsv.recognises(bare)).isTrue();
        assertThat(SipriTradeRegisterCsv.recognises(faGov)).isFalse();
    }
}
