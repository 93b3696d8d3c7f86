package org.ssaplanner.portfolio;

/** Filters of the recommendations table and the dashboards; null = any. */
public record PortfolioFilter(Long planId, Long regionId, Integer fiscalYear, Long agencyId,
        Recommendation recommendation) {

    public static PortfolioFilter none() {
        return new PortfolioFilter(null, null, null, null, null);
    }
}
