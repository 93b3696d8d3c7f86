package org.ssaplanner.authorities;

/** A restriction (its condition, severity, waivability or exceptions) was created or changed. */
public record RestrictionChanged(long restrictionId) {
}
