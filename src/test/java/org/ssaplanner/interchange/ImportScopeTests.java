package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportScopeTests {

    @Test
    void aCountrysScopeIsWrittenInWordsWithFiscalYearsAsRanges() {
        ImportScope.Country country = new ImportScope.Country("SLV", "", "El Salvador",
                List.of("2012", "2002", "2003", "2004", "2020", "1976tq", "1976", "1977", "2003"),
                List.of(new ImportScope.Named("2", "Obligations"), new ImportScope.Named("3", "Disbursements")),
                List.of(new ImportScope.Named("1", "Economic")));

        assertThat(country.describe()).isEqualTo("El Salvador, FY1976, FY1976tq, FY1977, FY2002\u2013FY2004, FY2012, FY2020, "
                + "Obligations, Disbursements, Economic");
    }

    @Test
    void contiguousYearsMakeOneRangeAndTheCountrySummaryHasNoObjective() {
        ImportScope.Country salvador = new ImportScope.Country("SLV", "", "El Salvador",
                List.of("2022", "2021", "2020", "2019", "2018", "2017", "2016", "2015", "2014", "2013", "2012", "2011",
                        "2010", "2009", "2008", "2007", "2006", "2005", "2004", "2003", "2002"),
                List.of(new ImportScope.Named("2", "Obligations")), List.of(new ImportScope.Named("1", "Economic")));
        ImportScope.Country former = new ImportScope.Country("NULL", "Berlin, West", "Berlin, West", List.of("1950"),
                List.of(new ImportScope.Named("2", "Obligations")), List.of(new ImportScope.Named("", null)));

        assertThat(salvador.describe()).isEqualTo("El Salvador, FY2002\u2013FY2022, Obligations, Economic");
        assertThat(former.describe()).isEqualTo("Berlin, West, FY1950, Obligations");
        assertThat(new ImportScope(List.of(salvador, former)).countryCodes()).containsExactly("SLV", "NULL");
        assertThat(new ImportScope(List.of(salvador, former)).fiscalYearsText()).isEqualTo("FY1950, FY2002\u2013FY2022");
    }

    @Test
    void aBlankPublishedValueIsNamedAsSuch() {
        assertThat(new ImportScope.Named("", null).label()).isEqualTo("(blank)");
        assertThat(new ImportScope.Named("7", "").label()).isEqualTo("7");
    }
}
