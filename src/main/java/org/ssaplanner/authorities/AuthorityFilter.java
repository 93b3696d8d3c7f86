package org.ssaplanner.authorities;

/** Catalogue filters; every one is optional (null = any). */
public record AuthorityFilter(String text, Statute statute, Long managingAgencyId, String assistanceTypeCode,
        String recipientTypeCode, AuthorityStatus status) {

    public static AuthorityFilter none() {
        return new AuthorityFilter(null, null, null, null, null, null);
    }
}
