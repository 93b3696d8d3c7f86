package org.ssaplanner.authorities;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A restriction with its condition and statutory exceptions (the compliance engine evaluates these). */
public record RestrictionDetail(long id, long version, String code, String citation, String title, String summary,
        boolean waivable, String waiverAuthority, RestrictionSeverity severity, String conditionText,
        List<StatutoryException> exceptions, Instant updatedAt, String updatedBy) {

    public Optional<StatutoryException> exception(long exceptionId) {
        return exceptions.stream().filter(e -> e.id() == exceptionId).findFirst();
    }

    /** A statutory exception a planner may claim instead of a waiver, e.g. FAA s.660(b)(3) maritime law enforcement. */
    public record StatutoryException(long id, String code, String citation, String description) {

        public String label() {
            return citation + " – " + code;
        }
    }
}
