package org.ssaplanner.workforce;

/** What an administrator enters for a certification level. */
public record LevelCommand(String scheme, String code, String name, Integer rank, boolean retired, String note) {
}
