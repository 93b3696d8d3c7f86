package org.ssaplanner.workforce;

/** What an administrator enters for a functional area. */
public record AreaCommand(String code, String name, boolean confirmed, boolean retired, String note) {
}
