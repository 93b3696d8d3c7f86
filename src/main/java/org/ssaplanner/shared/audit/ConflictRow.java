package org.ssaplanner.shared.audit;

import java.util.Objects;

/** One field of the 409 conflict page: its label key, the value the user sent, the value stored now. */
public record ConflictRow(String labelKey, String yours, String stored) {

    public boolean differs() {
        return !Objects.equals(Objects.toString(yours, ""), Objects.toString(stored, ""));
    }
}
