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

    private SharedData() {
    }

    static Path faGov(String fileName) {
        String resource = "/data/" + FA_GOV + "/" + fileName;
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
