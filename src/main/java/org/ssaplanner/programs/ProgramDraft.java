package org.ssaplanner.programs;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A new program pre-filled from a {@link ProgramOrigin}: the form's starting values (null or empty where nothing
 * could be matched) and what the form shows about the source (its id, publishing agency and published obligations
 * per fiscal year). {@code reference} goes back with the form and identifies the source when the program is saved.
 */
public record ProgramDraft(String reference, String title, String description, Long leadAgencyId,
        Set<Long> authorityIds, Set<String> capabilityDomainCodes, String sourceId, String sourceAgency,
        Map<String, BigDecimal> obligationsByFiscalYear) {

    public ProgramDraft {
        authorityIds = authorityIds == null ? Set.of() : Set.copyOf(authorityIds);
        capabilityDomainCodes = capabilityDomainCodes == null ? Set.of() : Set.copyOf(capabilityDomainCodes);
    }
}
