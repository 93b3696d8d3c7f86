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

    /**
     * A statutory exception a planner may claim instead of a waiver, e.g. FAA s.660(b)(3) maritime law enforcement,
     * and the authorities that carry it (the engine applies it through them; their catalogue pages show it).
     */
    public record StatutoryException(long id, String code, String citation, String description,
            List<Carrier> carriedBy) {

        public StatutoryException {
            carriedBy = List.copyOf(carriedBy);
        }

        /** An exception no authority carries. */
        public StatutoryException(long id, String code, String citation, String description) {
            this(id, code, citation, description, List.of());
        }

        public String label() {
            return citation + " – " + code;
        }
    }

    /**
     * An authority that carries a statutory exception: when it applies (with its condition in the condition
     * language, for {@link ExceptionApplies#WHEN_CONDITION_HOLDS}) and what it covers in plain words.
     */
    public record Carrier(long id, long authorityId, String authorityShortName, String authorityCitation,
            ExceptionApplies applies, String conditionText, String scope) {

        /** "INCLE (22 U.S.C. 2291)". */
        public String authorityLabel() {
            return authorityShortName + " (" + authorityCitation + ")";
        }
    }
}
