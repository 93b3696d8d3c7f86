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
        return resource(FA_GOV, fileName);
    }

    static Path sipriTradeRegister() {
        return resource(SIPRI_ARMS, SIPRI_TRADE_REGISTER);
    }

    private static Path resource(String folder, String fileName) {
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
