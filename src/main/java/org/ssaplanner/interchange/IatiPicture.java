package org.ssaplanner.interchange;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * The IATI activities of a country beside its ForeignAssistance.gov ones: per publisher (reporting-org), the number
 * of activities and, per transaction type and currency, the number of transactions and their sum (different types
 * and currencies are never added together); and the reconciliation of the two sources: FA.gov activities whose
 * Activity Project Number equals an IATI identifier after the publisher's prefix, and those whose FA.gov obligations
 * (transaction type 2) differ from the IATI outgoing commitments (transaction type 2, in US dollars).
 */
public record IatiPicture(List<Publisher> publishers, long matched, Page<Discrepancy> discrepancies) {

    public boolean empty() {
        return publishers.isEmpty();
    }

    public record Publisher(String ref, String name, long activities, List<TypeAmount> amounts) {
    }

    /** {@code typeCode}: the IATI transaction type code (1 to 13, e.g. 2 outgoing commitment, 3 disbursement). */
    public record TypeAmount(String typeCode, String currency, long transactions, BigDecimal sum) {
    }

    /** {@code difference}: FA.gov obligated minus IATI committed. */
    public record Discrepancy(String projectNumber, String identifier, String publisher, BigDecimal obligated,
            BigDecimal committed, BigDecimal difference) {
    }
}
