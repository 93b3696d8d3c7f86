package org.ssaplanner.authorities;

/** What an administrator enters to create or change a restriction. */
public record RestrictionCommand(String code, String citation, String title, String summary, boolean waivable,
        String waiverAuthority, RestrictionSeverity severity, String conditionText) {
}
