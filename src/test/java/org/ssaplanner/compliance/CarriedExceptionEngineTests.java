package org.ssaplanner.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.authorities.ExceptionApplies;
import org.ssaplanner.authorities.ProgramCategory;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionSeverity;
import org.ssaplanner.authorities.SourceAct;
import org.ssaplanner.authorities.Statute;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramStatus;

/** The statutory exceptions authorities carry, applied by the engine (issue 13 item 1). */
class CarriedExceptionEngineTests {

    static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    static final AuthoritySummary INCLE = ComplianceEngineTests.INCLE;
    static final AuthoritySummary FMF = ComplianceEngineTests.FMF;
    static final AuthoritySummary PKO = new AuthoritySummary(6, "PKO", "22 U.S.C. 2348", "PKO", Statute.TITLE_22,
            SourceAct.FAA, ProgramCategory.SECURITY_ASSISTANCE, "PKO", 1, null, null);
    static final Map<Long, AuthoritySummary> AUTHORITIES = List.of(INCLE, FMF, PKO).stream()
            .collect(Collectors.toMap(AuthoritySummary::id, Function.identity()));

    final ComplianceEngine engine = new ComplianceEngine(ComplianceEngineTests.messages());

    static ProgramFacts program(Set<String> domains, Long... authorityIds) {
        return new ProgramFacts(10, 1L, 7, "Program", 0, 99L, "POLICE", "TRAINING", domains, Set.of(authorityIds),
                ProgramStatus.PROPOSED, LocalDate.of(2026, 10, 1), LocalDate.of(2029, 9, 30), BigDecimal.ZERO,
                BigDecimal.TEN, BigDecimal.ZERO, List.of(2027), Map.of());
    }

    static RestrictionDetail s660(RestrictionDetail.Carrier... carriers) {
        return new RestrictionDetail(1, 0, "FAA_660", "22 U.S.C. 2420, FAA s.660", "Police training prohibition",
                "summary", true, "SecState", RestrictionSeverity.BLOCKING,
                "recipient_type in (POLICE, CORRECTIONS) and authority.source_act = FAA",
                List.of(new RestrictionDetail.StatutoryException(11, "NARCOTICS_DEA_FBI", "FAA s.660(b)(1)",
                        "narcotics", List.of(carriers)),
                        new RestrictionDetail.StatutoryException(13, "MARITIME_LAW_ENFORCEMENT", "FAA s.660(b)(3)",
                                "maritime")),
                Instant.now(), "system");
    }

    static RestrictionDetail.Carrier incle(ExceptionApplies applies, String condition) {
        return new RestrictionDetail.Carrier(100, INCLE.id(), "INCLE", "22 U.S.C. 2291", applies, condition,
                "narcotics-control assistance (authorized under FAA s.482)");
    }

    List<Finding> evaluate(ProgramFacts facts, RestrictionDetail restriction) {
        return engine.evaluate(facts, new EvaluationInput(List.of(restriction), AUTHORITIES, "CO", UnitRecord.NONE,
                Map.of(), List.of()), DAY);
    }

    @Test
    void anAuthorityCarryingTheExceptionExceptsTheProgramWhenItsConditionHolds() {
        RestrictionDetail s660 = s660(incle(ExceptionApplies.WHEN_CONDITION_HOLDS, "capability_domain = COUNTERNARCOTICS"));
        Finding finding = evaluate(program(Set.of("COUNTERNARCOTICS"), INCLE.id()), s660).get(0);
        assertThat(finding.severity()).isEqualTo(FindingSeverity.SATISFIED_BY_EXCEPTION);
        assertThat(finding.blocking()).isFalse();
        assertThat(finding.waiverId()).isNull();
        assertThat(finding.reason()).isEqualTo("Excepted by FAA s.660(b)(1) through INCLE (22 U.S.C. 2291), for "
                + "narcotics-control assistance (authorized under FAA s.482): capability domain COUNTERNARCOTICS. "
                + "22 U.S.C. 2420, FAA s.660 applies (recipient type POLICE, under 22 U.S.C. 2291 (INCLE)), but no "
                + "waiver or claim is needed.");
    }

    @Test
    void whenTheConditionDoesNotHoldTheFindingBlocksAndSaysWhy() {
        RestrictionDetail s660 = s660(incle(ExceptionApplies.WHEN_CONDITION_HOLDS, "capability_domain = COUNTERNARCOTICS"));
        Finding finding = evaluate(program(Set.of("GOVERNANCE_RULE_OF_LAW"), INCLE.id()), s660).get(0);
        assertThat(finding.severity()).isEqualTo(FindingSeverity.BLOCKING);
        assertThat(finding.reason()).isEqualTo("Recipient type POLICE, under 22 U.S.C. 2291 (INCLE) requires a waiver "
                + "of 22 U.S.C. 2420, FAA s.660 or a statutory exception; none is active. INCLE (22 U.S.C. 2291) carries "
                + "FAA s.660(b)(1) for narcotics-control assistance (authorized under FAA s.482), but this program does "
                + "not meet its condition: capability domain GOVERNANCE_RULE_OF_LAW (not COUNTERNARCOTICS). If the "
                + "program does qualify, claim the exception.");
    }

    @Test
    void anExceptionTheDataCannotDecideKeepsTheClaimPath() {
        RestrictionDetail s660 = s660(incle(ExceptionApplies.BY_DETERMINATION, null));
        Finding finding = evaluate(program(Set.of("COUNTERNARCOTICS"), INCLE.id()), s660).get(0);
        assertThat(finding.severity()).isEqualTo(FindingSeverity.BLOCKING);
        assertThat(finding.reason()).endsWith("INCLE (22 U.S.C. 2291) carries FAA s.660(b)(1) for narcotics-control "
                + "assistance (authorized under FAA s.482); whether it applies cannot be known from the program data: "
                + "claim the exception if it does.");
    }

    @Test
    void anUnconditionalExceptionAppliesWheneverTheAuthorityFundsTheProgram() {
        RestrictionDetail s660 = s660(incle(ExceptionApplies.ALWAYS, null));
        Finding finding = evaluate(program(Set.of("GOVERNANCE_RULE_OF_LAW"), INCLE.id()), s660).get(0);
        assertThat(finding.severity()).isEqualTo(FindingSeverity.SATISFIED_BY_EXCEPTION);
        assertThat(finding.reason()).startsWith("Excepted by FAA s.660(b)(1) through INCLE (22 U.S.C. 2291), for "
                + "narcotics-control assistance (authorized under FAA s.482). ");
    }

    @Test
    void anotherAuthorityTheRestrictionAppliesThroughKeepsTheFindingBlocking() {
        RestrictionDetail s660 = s660(incle(ExceptionApplies.WHEN_CONDITION_HOLDS, "capability_domain = COUNTERNARCOTICS"));
        Finding withPko = evaluate(program(Set.of("COUNTERNARCOTICS"), INCLE.id(), PKO.id()), s660).get(0);
        assertThat(withPko.severity()).isEqualTo(FindingSeverity.BLOCKING);
        assertThat(withPko.reason()).contains("Only part of the program is excepted (FAA s.660(b)(1) through INCLE");

        Finding withFmf = evaluate(program(Set.of("COUNTERNARCOTICS"), INCLE.id(), FMF.id()), s660).get(0);
        assertThat(withFmf.severity()).as("s.660 does not apply through FMF (AECA funds)")
                .isEqualTo(FindingSeverity.SATISFIED_BY_EXCEPTION);
    }

    @Test
    void anExceptionCarriedByAnotherAuthorityDoesNotApply() {
        RestrictionDetail s660 = s660(incle(ExceptionApplies.ALWAYS, null));
        Finding finding = evaluate(program(Set.of("COUNTERNARCOTICS"), PKO.id()), s660).get(0);
        assertThat(finding.severity()).isEqualTo(FindingSeverity.BLOCKING);
        assertThat(finding.reason()).doesNotContain("INCLE");
    }

    @Test
    void anApprovedClaimStillSatisfiesTheRestrictionWhereNoCarriedExceptionApplies() {
        RestrictionDetail s660 = s660(incle(ExceptionApplies.WHEN_CONDITION_HOLDS, "capability_domain = COUNTERNARCOTICS"));
        List<Finding> findings = engine.evaluate(program(Set.of("GOVERNANCE_RULE_OF_LAW"), INCLE.id()),
                new EvaluationInput(List.of(s660), AUTHORITIES, "CO", UnitRecord.NONE, Map.of(),
                        List.of(ComplianceEngineTests.waiver(60, 1, WaiverKind.EXCEPTION, 13L,
                                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)))), DAY);
        assertThat(findings.get(0).severity()).isEqualTo(FindingSeverity.SATISFIED_BY_EXCEPTION);
        assertThat(findings.get(0).waiverId()).isEqualTo(60L);
    }
}
