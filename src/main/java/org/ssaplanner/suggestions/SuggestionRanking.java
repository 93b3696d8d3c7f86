package org.ssaplanner.suggestions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssaplanner.agencies.CapabilityKey;

/**
 * Who else could help a plan, as a pure function of what the service read (unit-tested without a database). An
 * agency is a candidate when it is active, does not take part and is not a department one of whose agencies takes
 * part (a department reported at department level in FA.gov, e.g. DoD while DSCA takes part, is at the table). Each
 * candidate gets its reasons strongest first ({@link ReasonKind}); it is suggested when it has any, except that an
 * agency whose only reason is its often-missed kind must offer something in its own catalogue. Suggestions are
 * ranked by their strongest reason, then the number of reasons, the obligations, the programs their catalogue
 * serves, and the agency code.
 */
final class SuggestionRanking {

    private SuggestionRanking() {
    }

    /**
     * An agency as the ranking sees it: {@code departmentId} is the root of its tree (itself for a department);
     * {@code capabilities} its own catalogue, {@code offeredTypes} the assistance types of its catalogue and of the
     * agencies below it (a department offers what its agencies offer).
     */
    record Candidate(long id, String code, String label, Long parentId, long departmentId, String departmentName,
            boolean active, boolean ownBudget, Set<CapabilityKey> capabilities, Set<String> offeredTypes) {
    }

    /** An authority that could fund an agency of another department: its label, manager's department, types. */
    record Funder(String label, long departmentId, Set<String> assistanceTypes) {
    }

    /** How the plan's programs' needs, the catalogue's names and the published activity look to the ranking. */
    record Inputs(Collection<Candidate> agencies, Set<Long> participating, Map<CapabilityKey, Integer> needs,
            Map<Long, Obligations> obligations, List<Funder> funders, Map<String, String> assistanceTypeNames,
            Map<String, String> domainNames) {
    }

    record Obligations(BigDecimal amount, String firstFiscalYear, String lastFiscalYear) {
    }

    /** How many authorities an often-missed reason names at most. */
    static final int FUNDING_AUTHORITIES = 3;

    static final Comparator<Suggestion> ORDER = Comparator.comparing(Suggestion::strongest)
            .thenComparing(s -> -s.reasons().size())
            .thenComparing(Suggestion::obligations, Comparator.reverseOrder())
            .thenComparing(s -> -s.matchedPrograms())
            .thenComparing(Suggestion::code);

    static List<Suggestion> rank(Inputs in) {
        Set<Long> represented = new HashSet<>(in.participating());
        Map<Long, Candidate> byId = new HashMap<>();
        in.agencies().forEach(a -> byId.put(a.id(), a));
        // a department (or any agency above a participating one) is represented by it
        for (Long id : in.participating()) {
            Candidate agency = byId.get(id);
            int depth = 0;
            while (agency != null && agency.parentId() != null && depth++ < 50) {
                represented.add(agency.parentId());
                agency = byId.get(agency.parentId());
            }
        }
        Set<Long> managingDepartments = new HashSet<>();
        in.funders().forEach(f -> managingDepartments.add(f.departmentId()));
        List<Suggestion> suggestions = new ArrayList<>();
        for (Candidate agency : in.agencies()) {
            if (!agency.active() || represented.contains(agency.id())) {
                continue;
            }
            List<Reason> reasons = new ArrayList<>();
            Obligations active = in.obligations().get(agency.id());
            if (active != null && active.amount() != null && active.amount().signum() != 0) {
                reasons.add(Reason.active(active.amount(), active.firstFiscalYear(), active.lastFiscalYear()));
            }
            List<CapabilityMatch> matches = agency.capabilities().stream().filter(in.needs()::containsKey)
                    .map(key -> new CapabilityMatch(key.assistanceTypeCode(),
                            in.assistanceTypeNames().getOrDefault(key.assistanceTypeCode(), key.assistanceTypeCode()),
                            key.capabilityDomainCode(),
                            in.domainNames().getOrDefault(key.capabilityDomainCode(), key.capabilityDomainCode()),
                            in.needs().get(key)))
                    .sorted(Comparator.comparingInt(CapabilityMatch::programs).reversed()
                            .thenComparing(CapabilityMatch::assistanceTypeName)
                            .thenComparing(CapabilityMatch::capabilityDomainName))
                    .toList();
            if (!matches.isEmpty()) {
                reasons.add(Reason.capabilities(matches));
            }
            boolean oftenMissed = !managingDepartments.contains(agency.departmentId());
            if (oftenMissed && (!reasons.isEmpty() || !agency.capabilities().isEmpty())) {
                reasons.add(Reason.oftenMissed(agency.departmentName(), agency.ownBudget(),
                        fundingAuthorities(agency, in.funders())));
            }
            if (!reasons.isEmpty()) {
                suggestions.add(new Suggestion(agency.id(), agency.code(), agency.label(), reasons));
            }
        }
        suggestions.sort(ORDER);
        return suggestions;
    }

    /**
     * Authorities of other departments that permit what the agency offers, those permitting the most of it first
     * (then by label), at most {@link #FUNDING_AUTHORITIES}.
     */
    static List<String> fundingAuthorities(Candidate agency, List<Funder> funders) {
        Map<Funder, Integer> overlap = new HashMap<>();
        for (Funder funder : funders) {
            if (funder.departmentId() == agency.departmentId()) {
                continue;
            }
            int common = (int) funder.assistanceTypes().stream().filter(agency.offeredTypes()::contains).count();
            if (common > 0) {
                overlap.put(funder, common);
            }
        }
        return overlap.entrySet().stream()
                .sorted(Map.Entry.<Funder, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().label()))
                .limit(FUNDING_AUTHORITIES).map(e -> e.getKey().label()).toList();
    }
}
