package org.ssaplanner.agencies;

/** One cell of an agency's capability catalogue: an assistance type in a capability domain. */
public record CapabilityKey(String assistanceTypeCode, String capabilityDomainCode) {

    private static final String SEPARATOR = ":";

    public static CapabilityKey parse(String value) {
        int at = value == null ? -1 : value.indexOf(SEPARATOR);
        if (at <= 0 || at == value.length() - 1) {
            throw new IllegalArgumentException("Not a capability key: " + value);
        }
        return new CapabilityKey(value.substring(0, at), value.substring(at + 1));
    }

    public String asString() {
        return assistanceTypeCode + SEPARATOR + capabilityDomainCode;
    }
}
