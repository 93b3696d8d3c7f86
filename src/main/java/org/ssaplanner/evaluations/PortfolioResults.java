package org.ssaplanner.evaluations;

import java.time.Instant;
import java.util.List;

/**
 * Share of programs with outcome or impact evidence (at least one indicator at those levels), over the
 * whole portfolio and by lead agency and by partner country, as computed at {@code computedAt}.
 */
public record PortfolioResults(Share total, List<Share> byAgency, List<Share> byCountry, Instant computedAt) {

    public record Share(String label, long programs, long withOutcomeEvidence) {

        public int percent() {
            return programs == 0 ? 0 : (int) Math.round(100.0 * withOutcomeEvidence / programs);
        }
    }
}
