package org.ssaplanner.interchange;

import java.util.Comparator;
import java.util.Map;

/**
 * A ForeignAssistance.gov transaction type as published (id and name). Budget requests, appropriations,
 * allocations, obligations and disbursements count the same money at different stages: each has its own column
 * and they are never added together.
 */
public record TransactionType(String id, String name) {

    public static final String OBLIGATIONS = "2";
    public static final String DISBURSEMENTS = "3";

    /** Budget stage order: request, appropriation, allocation, obligation, disbursement; unknown types after. */
    private static final Map<String, Integer> STAGE = Map.of("18", 0, "1", 1, "19", 2, OBLIGATIONS, 3, DISBURSEMENTS, 4);

    public static final Comparator<TransactionType> BY_STAGE = Comparator
            .comparing((TransactionType t) -> STAGE.getOrDefault(t.id(), 99)).thenComparing(TransactionType::id);
}
