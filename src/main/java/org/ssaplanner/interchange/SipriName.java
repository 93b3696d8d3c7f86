package org.ssaplanner.interchange;

import java.math.BigDecimal;

/**
 * A supplier or recipient name of the stored SIPRI register without an ISO 3166 code: a non-state actor (SIPRI marks
 * them *), an organisation (**), an unknown party, a state without a code, or a name the mapping does not know
 * ({@code kind} null). How many deliveries name it, as supplier and as recipient, and their TIV.
 */
public record SipriName(String name, String kind, String note, long asSupplier, long asRecipient, BigDecimal tiv) {

    /** The message key of the kind ("not in the mapping" when the mapping does not know the name). */
    public String kindKey() {
        return "competition.nameKind." + (kind == null ? "UNMAPPED" : kind);
    }
}
