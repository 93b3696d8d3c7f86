package org.ssaplanner.interchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A partner's context from the imported real data (the country page's section on governance, conflict and military
 * burden): the latest values, how they moved, and which import each comes from. Every figure as published.
 *
 * @param governance one line per WGI indicator with data for the area (cc, ge, pv, rl, rq, va order)
 * @param conflict the UCDP/PRIO conflict record of the area (empty figures when the data set is not imported)
 * @param military the SIPRI military burden of the area's last 11 years with data, oldest first
 * @param sources the latest succeeded import of each context data set (none: not imported yet)
 */
public record CountryContext(String areaCode, List<Governance> governance, Conflict conflict,
        List<BurdenYear> military, List<Source> sources) {

    /** The WGI indicators in the order the World Bank lists them on its site. */
    public static final List<String> WGI_INDICATORS = List.of("va", "pv", "ge", "rq", "rl", "cc");

    /** How many years before the latest value a trend compares with. */
    public static final int TREND_YEARS = 5;

    public boolean empty() {
        return governance.isEmpty() && conflict.conflictYears() == 0 && military.isEmpty();
    }

    public boolean imported() {
        return !sources.isEmpty();
    }

    public Optional<Source> source(ImportFormat format) {
        return sources.stream().filter(s -> s.format() == format).findFirst();
    }

    /** For templates: the import of each data set, null when not imported. */
    public Source wgiSource() {
        return source(ImportFormat.WGI).orElse(null);
    }

    public Source ucdpSource() {
        return source(ImportFormat.UCDP_PRIO).orElse(null);
    }

    public Source sipriSource() {
        return source(ImportFormat.SIPRI_MILEX).orElse(null);
    }

    public int trendYears() {
        return TREND_YEARS;
    }

    /** The latest year with a military-burden value, with its share of GDP. */
    public Optional<BurdenYear> latestBurden() {
        return military.isEmpty() ? Optional.empty() : Optional.of(military.get(military.size() - 1));
    }

    /** The value {@code years} before the latest, when published. */
    public Optional<BurdenYear> burdenYearsBefore(int years) {
        return latestBurden().flatMap(latest -> military.stream().filter(m -> m.year() == latest.year() - years)
                .findFirst());
    }

    /**
     * One WGI indicator: its latest estimate and percentile rank, and those {@link #TREND_YEARS} years before (null
     * when not published for that year).
     */
    public record Governance(String indicator, int year, BigDecimal estimate, BigDecimal percentileRank,
            Integer earlierYear, BigDecimal earlierEstimate, BigDecimal earlierPercentileRank) {

        /** Change of the percentile rank in points since the earlier year (positive: better governance). */
        public BigDecimal rankChange() {
            return percentileRank == null || earlierPercentileRank == null ? null
                    : percentileRank.subtract(earlierPercentileRank);
        }
    }

    /**
     * The area's UCDP/PRIO record: conflict-years located in it over the whole data set, distinct years of armed
     * conflict and of war (intensity 2: 1,000 or more battle deaths in the year), the last 10 years of the data set
     * year by year, and the conflicts active in them.
     */
    public record Conflict(Integer dataFirstYear, Integer dataLastYear, long conflictYears, long yearsInConflict,
            long yearsAtWar, Integer firstYear, Integer lastYear, List<ConflictYear> recentYears,
            List<ActiveConflict> recentConflicts) {

        public static Conflict none() {
            return new Conflict(null, null, 0, 0, 0, null, null, List.of(), List.of());
        }
    }

    /** One year of the window: the highest intensity of the conflicts in the area (0: none) and how many there were. */
    public record ConflictYear(int year, int intensity, int conflicts) {
    }

    /** A conflict located in the area during the window, with its whole span in the data set. */
    public record ActiveConflict(int conflictId, String sideA, String sideB, String territory, int typeOfConflict,
            int incompatibility, int firstYear, int lastYear, int yearsInWindow, int maxIntensityInWindow) {
    }

    /** Military expenditure as a share of GDP, in percent, as published. */
    public record BurdenYear(int year, BigDecimal shareOfGdp) {
    }

    /** The import a data set comes from, and the last year of that data set. */
    public record Source(ImportFormat format, long importId, String fileName, Instant importedAt, Integer lastYear) {
    }
}
