package org.ssaplanner.portfolio;

/**
 * Filters of the portfolio's country views ({@code /portfolio/coverage}, {@code /portfolio/competition}): a region
 * (with the regions inside it), a fiscal year (programs whose years span it, and that year's allocation), the lead
 * agency; null = any.
 */
public record CountryFilter(Long regionId, Integer fiscalYear, Long agencyId) {

    public static CountryFilter none() {
        return new CountryFilter(null, null, null);
    }
}
