package org.ssaplanner.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ssaplanner.agencies.CapabilityKey;
import org.ssaplanner.suggestions.SuggestionRanking.Candidate;
import org.ssaplanner.suggestions.SuggestionRanking.Funder;
import org.ssaplanner.suggestions.SuggestionRanking.Inputs;
import org.ssaplanner.suggestions.SuggestionRanking.Obligations;

class SuggestionRankingTests {

    // a small tree: State (INL), Defense (DSCA), Justice (ICITAP, FBI), Homeland Security (USCG)
    private static final long DOS = 1;
    private static final long INL = 2;
    private static final long DOD = 3;
    private static final long DSCA = 4;
    private static final long DOJ = 5;
    private static final long ICITAP = 6;
    private static final long FBI = 7;
    private static final long DHS = 8;
    private static final long USCG = 9;
    private static final long CBP = 10;

    private static final CapabilityKey TRAINING_MARITIME = new CapabilityKey("TRAINING", "MARITIME");
    private static final CapabilityKey TRAINING_RULE_OF_LAW = new CapabilityKey("TRAINING", "GOVERNANCE_RULE_OF_LAW");
    private static final CapabilityKey SALE_MARITIME = new CapabilityKey("EQUIPMENT_SALE", "MARITIME");

    private static final List<Funder> FUNDERS = List.of(
            new Funder("22 U.S.C. 2291 (INCLE)", DOS, Set.of("TRAINING", "EQUIPMENT_GRANT", "ADVISING")),
            new Funder("10 U.S.C. 333 (SEC333)", DOD, Set.of("TRAINING", "EQUIPMENT_GRANT")),
            new Funder("22 U.S.C. 2763 (FMF)", DOS, Set.of("FINANCING", "EQUIPMENT_SALE")),
            new Funder("22 U.S.C. 2347 (IMET)", DOS, Set.of("EDUCATION")));

    private static Candidate agency(long id, String code, Long parent, long department, String departmentName,
            boolean ownBudget, Set<CapabilityKey> capabilities) {
        return new Candidate(id, code, code + " – name", parent, department, departmentName, true, ownBudget,
                capabilities, capabilities.stream().map(CapabilityKey::assistanceTypeCode)
                        .collect(Collectors.toSet()));
    }

    private static List<Candidate> tree() {
        return List.of(
                agency(DOS, "DOS", null, DOS, "Department of State", true, Set.of()),
                agency(INL, "INL", DOS, DOS, "Department of State", true, Set.of(TRAINING_RULE_OF_LAW)),
                agency(DOD, "DOD", null, DOD, "Department of Defense", true, Set.of()),
                agency(DSCA, "DSCA", DOD, DOD, "Department of Defense", true, Set.of(SALE_MARITIME)),
                agency(DOJ, "DOJ", null, DOJ, "Department of Justice", false, Set.of()),
                agency(ICITAP, "ICITAP", DOJ, DOJ, "Department of Justice", false, Set.of(TRAINING_RULE_OF_LAW)),
                agency(FBI, "FBI", DOJ, DOJ, "Department of Justice", false, Set.of(new CapabilityKey("TRAINING", "CYBER"))),
                agency(DHS, "DHS", null, DHS, "Department of Homeland Security", false, Set.of()),
                agency(USCG, "USCG", DHS, DHS, "Department of Homeland Security", false, Set.of(TRAINING_MARITIME)),
                new Candidate(CBP, "CBP", "CBP – name", DHS, DHS, "Department of Homeland Security", false, false,
                        Set.of(new CapabilityKey("TRAINING", "BORDER_SECURITY")), Set.of("TRAINING")));
    }

    private static Inputs inputs(Set<Long> participating, Map<CapabilityKey, Integer> needs,
            Map<Long, Obligations> obligations) {
        return new Inputs(tree(), participating, needs, obligations, FUNDERS,
                Map.of("TRAINING", "Training", "EQUIPMENT_SALE", "Equipment sale"),
                Map.of("MARITIME", "Maritime", "GOVERNANCE_RULE_OF_LAW", "Governance and rule of law"));
    }

    @Test
    void activeInTheCountryComesFirstThenCapabilityMatchesThenOftenMissedKinds() {
        List<Suggestion> ranked = SuggestionRanking.rank(inputs(Set.of(INL),
                Map.of(TRAINING_MARITIME, 2, SALE_MARITIME, 1),
                Map.of(DOJ, new Obligations(new BigDecimal("1500.00"), "2027", "2028"))));

        assertThat(ranked).extracting(Suggestion::code).containsExactly("DOJ", "USCG", "DSCA", "FBI", "ICITAP");
        Suggestion doj = ranked.get(0);
        assertThat(doj.reasons()).extracting(Reason::kind).containsExactly(ReasonKind.ACTIVE_IN_COUNTRY,
                ReasonKind.OFTEN_MISSED);
        assertThat(doj.obligations()).isEqualByComparingTo("1500.00");
        assertThat(doj.reasons().get(0).firstFiscalYear()).isEqualTo("2027");
        // USCG: two reasons (its catalogue serves two programs, and Homeland Security is often missed) before DSCA's one
        Suggestion uscg = ranked.get(1);
        assertThat(uscg.reasons()).extracting(Reason::kind).containsExactly(ReasonKind.CAPABILITY_MATCH,
                ReasonKind.OFTEN_MISSED);
        assertThat(uscg.reasons().get(0).matches()).extracting(CapabilityMatch::assistanceTypeName,
                CapabilityMatch::capabilityDomainName, CapabilityMatch::programs)
                .containsExactly(tuple("Training", "Maritime", 2));
        Reason missed = uscg.reasons().get(1);
        assertThat(missed.department()).isEqualTo("Department of Homeland Security");
        assertThat(missed.ownBudget()).isFalse();
        assertThat(missed.fundingAuthorities()).containsExactly("10 U.S.C. 333 (SEC333)", "22 U.S.C. 2291 (INCLE)");
        assertThat(ranked.get(2).reasons()).extracting(Reason::kind).containsExactly(ReasonKind.CAPABILITY_MATCH);
    }

    @Test
    void participatingAgenciesAndTheDepartmentsAboveThemAreNotSuggested() {
        List<Suggestion> ranked = SuggestionRanking.rank(inputs(Set.of(INL, DSCA), Map.of(SALE_MARITIME, 1),
                Map.of(DOD, new Obligations(new BigDecimal("9000.00"), "2027", "2027"),
                        INL, new Obligations(new BigDecimal("5.00"), "2027", "2027"))));
        assertThat(ranked).extracting(Suggestion::code).doesNotContain("INL", "DSCA", "DOS", "DOD");
    }

    @Test
    void anOftenMissedAgencyWithNothingInItsCatalogueIsNotSuggestedOnThatAlone() {
        List<Suggestion> ranked = SuggestionRanking.rank(inputs(Set.of(INL), Map.of(), Map.of()));
        // CBP is inactive; departments without a catalogue of their own (DOJ, DHS) need a stronger reason
        assertThat(ranked).extracting(Suggestion::code).containsExactly("FBI", "ICITAP", "USCG");
        assertThat(ranked).allSatisfy(s -> assertThat(s.strongest()).isEqualTo(ReasonKind.OFTEN_MISSED));
    }

    @Test
    void largerObligationsRankFirstAmongEquals() {
        List<Suggestion> ranked = SuggestionRanking.rank(inputs(Set.of(INL), Map.of(),
                Map.of(DSCA, new Obligations(new BigDecimal("10.00"), null, null),
                        DOD, new Obligations(new BigDecimal("20.00"), null, null),
                        DOS, new Obligations(new BigDecimal("0.00"), null, null))));
        assertThat(ranked.subList(0, 2)).extracting(Suggestion::code).containsExactly("DOD", "DSCA");
        // zero obligations are no activity; State is represented by INL anyway
        assertThat(ranked).extracting(Suggestion::code).doesNotContain("DOS");
    }

    @Test
    void fundingAuthoritiesAreThoseOfOtherDepartmentsPermittingWhatTheAgencyOffers() {
        Candidate inl = tree().get(1);
        assertThat(SuggestionRanking.fundingAuthorities(inl, FUNDERS)).containsExactly("10 U.S.C. 333 (SEC333)");
    }
}
