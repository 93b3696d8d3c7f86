package org.ssaplanner.plans.web;

import java.util.Objects;

/** One field of the conflict page: label key, the value the user sent, the value stored now. */
record ConflictRow(String labelKey, String yours, String stored) {

    public boolean differs() {
        return !Objects.equals(Objects.toString(yours, ""), Objects.toString(stored, ""));
    }
}
