package org.ssaplanner.interchange;

import java.math.BigDecimal;

/**
 * The SIPRI Arms Transfers Database register as stored: the import that stored it (null before any), SIPRI's
 * selection, attribution line and generation date from its preamble, and what it holds. TIV is SIPRI's trend-indicator
 * value (millions), a volume indicator, never money.
 */
public record ArmsRegister(Long importId, String selection, String attribution, String generated, long deliveries,
        long suppliers, long recipients, Integer firstYear, Integer lastYear, BigDecimal worldTiv) {

    /** SIPRI's attribution line when the file had none (it always has: "Source: SIPRI Arms Transfers Database"). */
    public static final String DEFAULT_ATTRIBUTION = "Source: SIPRI Arms Transfers Database (c) SIPRI.";

    public boolean empty() {
        return importId == null || deliveries == 0;
    }

    /** The attribution line to show wherever the data are shown. */
    public String shownAttribution() {
        return attribution == null || attribution.isBlank() ? DEFAULT_ATTRIBUTION : attribution;
    }
}
