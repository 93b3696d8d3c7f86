package org.ssaplanner.reference;

/** A coded reference value (assistance type, recipient type, capability domain, sector, category). */
public record ReferenceItem(String code, String name, String description) {
}
