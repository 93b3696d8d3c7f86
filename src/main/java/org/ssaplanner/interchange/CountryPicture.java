package org.ssaplanner.interchange;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the U.S. Government published for one area (country, former state, region, the world), from the per-area
 * aggregates. Amounts are current US dollars, per transaction type as published ({@code activityTypes} for the
 * activity-level rows, {@code summaryTypes} for the country summary); different types are never added together.
 * {@code newProgramFormUrl}: the new-program form of the country's plan that the signed-in user may add programs
 * to, or null (see {@link #newProgramUrls}).
 */
public record CountryPicture(Area area, List<TransactionType> activityTypes, List<Amounts> byFiscalYear,
        List<Amounts> byManagingAgency, List<Amounts> byAgencyAndBureau, List<Amounts> byFundingAccount,
        List<Amounts> bySector, List<Amounts> byUsSector, List<Amounts> byObjective, Amounts overall,
        List<TransactionType> summaryTypes, List<Amounts> countrySummaryByFiscalYear, Amounts summaryOverall,
        List<ActiveAgency> notParticipating, boolean participationKnown, String newProgramFormUrl) {

    /**
     * One line of a breakdown. {@code key}/{@code label} identify the group (e.g. fiscal year; agency acronym
     * and name); {@code detailKey}/{@code detailLabel} a second level (bureau, or the DAC sector); {@code mappedTo}
     * what SSA Planner knows it as (agency, authority, CRS sector, capability domain), or null. {@code amounts}
     * by transaction type id; {@code rows} the published rows summed.
     */
    public record Amounts(String key, String label, String detailKey, String detailLabel, String mappedTo,
            Map<String, BigDecimal> amounts, long rows) {

        public Amounts {
            amounts = Map.copyOf(amounts);
        }

        /** The amount of one transaction type, zero when none was published. */
        public BigDecimal amount(String transactionTypeId) {
            return amounts.getOrDefault(transactionTypeId, BigDecimal.ZERO);
        }

        public BigDecimal obligations() {
            return amount(TransactionType.OBLIGATIONS);
        }

        public BigDecimal disbursements() {
            return amount(TransactionType.DISBURSEMENTS);
        }
    }

    /** An SSA Planner agency that has published activity in the country. */
    public record ActiveAgency(long agencyId, String label, BigDecimal obligations) {
    }

    /**
     * Links to create a program from each of these activities ({@code importedActivity=CODE:activityId} appended
     * to {@link #newProgramFormUrl}); empty when the user has no plan of the country to add programs to.
     */
    public Map<String, String> newProgramUrls(Collection<String> activityIds) {
        return newProgramUrls(newProgramFormUrl, area.code(), activityIds);
    }

    static Map<String, String> newProgramUrls(String form, String areaCode, Collection<String> activityIds) {
        if (form == null) {
            return Map.of();
        }
        // an activity published without an id cannot be found again, so it offers no link
        return activityIds.stream().filter(id -> id != null && !id.isBlank()).distinct()
                .collect(Collectors.toMap(Function.identity(),
                id -> UriComponentsBuilder.fromUriString(form).queryParam("importedActivity", areaCode + ":" + id)
                        .encode().build().toUriString()));
    }

    /** How many lines of a long breakdown the page shows before the rest folds away. */
    public static final int SHOWN_LINES = 10;

    /** {@link #SHOWN_LINES}, for templates. */
    public int shownLines() {
        return SHOWN_LINES;
    }

    /**
     * The DAC purposes a security-sector planner looks for first: the conflict, peace and security sector
     * (DAC 152, e.g. 15210 security system management and reform) and the other purposes of SSA Planner's CRS
     * reference data (police, legal and judicial development, narcotics control); largest obligations first.
     */
    public List<Amounts> peaceAndSecuritySectors() {
        return bySector.stream().filter(CountryPicture::peaceAndSecurityPurpose).toList();
    }

    /** The DAC purposes that are not {@link #peaceAndSecuritySectors()}, in the same order. */
    public List<Amounts> otherSectors() {
        return bySector.stream().filter(line -> !peaceAndSecurityPurpose(line)).toList();
    }

    /** The US sectors that match a capability domain (counter-narcotics, stabilization and SSR, ...). */
    public List<Amounts> peaceAndSecurityUsSectors() {
        return byUsSector.stream().filter(line -> line.mappedTo() != null).toList();
    }

    /** The US sectors that match no capability domain, in the same order. */
    public List<Amounts> otherUsSectors() {
        return byUsSector.stream().filter(line -> line.mappedTo() == null).toList();
    }

    static boolean peaceAndSecurityPurpose(Amounts line) {
        return line.mappedTo() != null || "152".equals(line.detailKey())
                || (line.key() != null && line.key().startsWith("152"));
    }

    public boolean empty() {
        return overall.rows() == 0 && countrySummaryByFiscalYear.isEmpty();
    }
}
