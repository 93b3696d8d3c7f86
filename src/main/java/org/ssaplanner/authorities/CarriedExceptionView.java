package org.ssaplanner.authorities;

/** A statutory exception an authority carries, with its restriction, as the authority page shows it. */
public record CarriedExceptionView(RestrictionDetail restriction, RestrictionDetail.StatutoryException exception,
        RestrictionDetail.Carrier carrier) {
}
