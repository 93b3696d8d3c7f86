package org.ssaplanner.suggestions;

/** One cell of an agency's catalogue that the plan needs: assistance type x capability domain, and how many programs. */
public record CapabilityMatch(String assistanceTypeCode, String assistanceTypeName, String capabilityDomainCode,
        String capabilityDomainName, int programs) {
}
