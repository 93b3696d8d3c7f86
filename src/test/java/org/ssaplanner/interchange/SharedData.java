package org.ssaplanner.interchange;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The real ForeignAssistance.gov files the tests import: byte-for-byte copies of {@code shared/data/} kept in
 * {@code src/test/resources/data/} (with their SOURCE.md), so that a fresh clone with nothing beside it passes.
 * Missing data is an error, never a silent skip.
 */
final class SharedData {

    static final String FA_GOV = "foreignassistance-gov";
    static final String SIPRI_ARMS = "sipri-arms-transfers";
    /** The SIPRI Arms Transfers Database trade register 1990-2023 by delivery year (a preamble of 11 lines, then the header). */
    static final String SIPRI_TRADE_REGISTER = "trade-register_1990-2023_by-delivery-year.csv";

    private SharedData() {
    }

    static Path faGov(String fileName) {
        return file(FA_GOV, fileName);
    }

    /** World Bank Worldwide Governance Indicators, the long layout (32,100 rows). */
    static Path wgi() {
        return file("wgi-governance", "wgidataset.csv");
    }

    /** UCDP/PRIO Armed Conflict Dataset v23.1 (2,626 conflict-years). */
    static Path ucdp() {
        return file("ucdp", "UcdpPrioConflict_v23_1.csv");
    }

    /** SIPRI military expenditure as a share of GDP, via Our World in Data (8,245 rows). */
    static Path sipriMilex() {
        return file("sipri-milex-share-gdp", "military-spending-as-a-share-of-gdp-sipri.csv");
    }

    static Path sipriTradeRegister() {
        return file(SIPRI_ARMS, SIPRI_TRADE_REGISTER);
    }

    /** USAID's IATI 2.03 activity file of a country: usaid-ly.xml (Libya, 91 activities), usaid-sv.xml (El Salvador, 272). */
    static Path iatiUsaid(String fileName) {
        return file("iati-usaid", fileName);
    }

    /** State/INL's IATI 2.02 activities (d-portal, 100 activities). */
    static Path iatiStateInl() {
        return file("iati-state-inl", "dportal_57_us-state.xml");
    }

    static Path file(String folder, String fileName) {
        String resource = "/data/" + folder + "/" + fileName;
        URL url = SharedData.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Test data file missing from the test classpath: " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
