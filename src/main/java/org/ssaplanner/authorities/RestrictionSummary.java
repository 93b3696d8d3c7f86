package org.ssaplanner.authorities;

/** A restriction as lists show it. */
public record RestrictionSummary(long id, String code, String citation, String title, boolean waivable,
        RestrictionSeverity severity, String conditionText, int exceptionCount) {
}
