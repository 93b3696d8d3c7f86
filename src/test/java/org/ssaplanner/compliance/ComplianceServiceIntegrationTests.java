package org.ssaplanner.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverDecisionCommand;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverRequestCommand;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.partners.PartnerUnitCommand;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.security.Role;

@SsaIntegrationTest
class ComplianceServiceIntegrationTests {

    @Autowired
    FindingRecomputationService recomputation;
    @Autowired
    FindingQueryService findingQueries;
    @Autowired
    CongressionalNotificationService notifications;
    @Autowired
    HumanRightsService humanRights;
    @Autowired
    WaiverService waivers;
    @Autowired
    RestrictionService restrictions;
    @Autowired
    AuthorityService authorities;
    @Autowired
    PartnerUnitService units;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    NightlyRecomputation nightly;
    @Autowired
    ApplicationContext applicationContext;

    long colombia;
    Map<String, AuthoritySummary> authority;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    /** The test programs are led by INL: its planners may request waivers for them (issue 12). */
    long inl;

    @BeforeEach
    void setUp() {
        TestUsers.signInAs("compliance-planner", 1, Role.PLANNER);
        inl = applicationContext.getBean(AgencyService.class).tree().stream()
                .filter(a -> a.code().equals("INL")).findFirst().orElseThrow().id();
        TestUsers.signInAs("compliance-planner", inl, Role.PLANNER);
        colombia = reference.countryByCode("CO").orElseThrow().id();
        authority = new HashMap<>();
        authorities.all().forEach(a -> authority.put(a.shortName(), a));
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void s660PoliceUnderFaaIsBlockingUntilAWaiverIsApprovedAndBlockingAgainWhenItExpires() {
        ProgramFacts facts = facts(null, "POLICE", "INCLE");
        List<Finding> findings = recomputation.recompute(facts);
        Finding s660 = byCode(findings, "FAA_660");
        assertThat(s660.severity()).isEqualTo(FindingSeverity.BLOCKING);
        // issue 13 item 1: the finding says why the exception INCLE carries does not apply to this program
        // issue 13: values by their labels (Police, not POLICE), as the reference catalogue names them
        assertThat(s660.reason()).isEqualTo("Recipient type Police, under 22 U.S.C. 2291 (INCLE) requires a waiver of "
                + "22 U.S.C. 2420, FAA s.660 or a statutory exception; none is active. INCLE (22 U.S.C. 2291) carries "
                + "FAA s.660(b)(1) for narcotics-control assistance (authorized under FAA s.482), but this program does "
                + "not meet its condition: capability domain Governance and rule of law (not Counternarcotics). If the "
                + "program does qualify, claim the exception.");
        assertThat(byCode(findings, "CONGRESSIONAL_NOTIFICATION").severity()).isEqualTo(FindingSeverity.WARNING);
        assertThat(recomputation.blockingReasons(facts.programId())).singleElement().asString().contains("FAA s.660");

        long waiverId = waivers.request(new WaiverRequestCommand(facts.programId(), restriction("FAA_660").id(),
                WaiverKind.WAIVER, null, "Community policing program; notwithstanding authority in the appropriations act"));
        TestUsers.signInAs("compliance-admin", 1, Role.ADMIN);
        waivers.approve(waiverId, waivers.get(waiverId).version(), new WaiverDecisionCommand("J. Doe", "Deputy Secretary of State",
                today.minusDays(10), today.plusDays(30), null));

        Finding waived = byCode(findingQueries.findingsFor(facts.programId()), "FAA_660");
        assertThat(waived.severity()).isEqualTo(FindingSeverity.SATISFIED_BY_WAIVER);
        assertThat(waived.waiverId()).isEqualTo(waiverId);
        assertThat(waived.reason()).contains("waived by waiver " + waiverId, "J. Doe, Deputy Secretary of State");
        assertThat(recomputation.blockingReasons(facts.programId())).isEmpty();

        Finding expired = byCode(recomputation.evaluate(facts, today.plusDays(31)), "FAA_660");
        assertThat(expired.severity()).isEqualTo(FindingSeverity.BLOCKING);
        assertThat(expired.reason()).endsWith("Waiver " + waiverId + " expired on " + today.plusDays(30) + ".");
        assertThat(byCode(recomputation.evaluate(facts, today.plusDays(30)), "FAA_660").severity())
                .isEqualTo(FindingSeverity.SATISFIED_BY_WAIVER);
    }

    @Test
    void statutoryExceptionSatisfiesS660AndFiledNotificationClearsTheWarning() {
        ProgramFacts facts = facts(null, "POLICE", "INCLE");
        recomputation.recompute(facts);
        RestrictionDetail s660 = restriction("FAA_660");
        long claim = waivers.request(new WaiverRequestCommand(facts.programId(), s660.id(), WaiverKind.EXCEPTION,
                s660.exceptions().stream().filter(e -> e.code().equals("NARCOTICS_DEA_FBI")).findFirst().orElseThrow().id(),
                "Counternarcotics police training under FAA chapter 8"));
        notifications.recordNotification(new NotificationCommand(facts.programId(), authority.get("INCLE").id(),
                today.minusDays(20), "CN 26-101"));
        TestUsers.signInAs("compliance-admin", 1, Role.ADMIN);
        waivers.approve(claim, waivers.get(claim).version(), new WaiverDecisionCommand("J. Doe", "Assistant Secretary (INL)",
                today, null, null));
        List<Finding> findings = findingQueries.findingsFor(facts.programId());
        assertThat(byCode(findings, "FAA_660").severity()).isEqualTo(FindingSeverity.SATISFIED_BY_EXCEPTION);
        assertThat(byCode(findings, "FAA_660").reason()).contains("FAA s.660(b)(1)");
        assertThat(findings).extracting(Finding::restrictionCode).doesNotContain("CONGRESSIONAL_NOTIFICATION");
    }

    @Test
    void leahyCredibleIncidentBlocksEveryProgramAssistingTheUnitCannotBeWaivedAndRemediationClears() {
        TestUsers.signInAs("compliance-evaluator", inl, Role.EVALUATOR, Role.PLANNER);
        long unit = units.create(new PartnerUnitCommand(colombia, "Leahy test battalion " + UUID.randomUUID(), "MILITARY",
                null, null));
        ProgramFacts dod = facts(unit, "MILITARY", "SEC333");
        ProgramFacts fmf = facts(unit, "MILITARY", "FMF");
        assertThat(recomputation.recompute(dod)).extracting(Finding::restrictionCode).doesNotContain("LEAHY_DOD", "LEAHY_STATE");
        recomputation.recompute(fmf);

        long incident = humanRights.record(new IncidentCommand(unit, today.minusDays(40), "Village X", "Killing of civilians",
                "NGO report", IncidentCategory.EXTRAJUDICIAL_KILLING));
        assertThat(findingQueries.findingsFor(dod.programId())).extracting(Finding::restrictionCode).doesNotContain("LEAHY_DOD");
        humanRights.changeStatus(incident, humanRights.get(incident).version(), IncidentStatus.UNDER_REVIEW, null);
        assertThatThrownBy(() -> humanRights.changeStatus(incident, humanRights.get(incident).version(), IncidentStatus.CREDIBLE, " "))
                .isInstanceOf(FieldValidationException.class);
        humanRights.changeStatus(incident, humanRights.get(incident).version(), IncidentStatus.CREDIBLE, "Corroborated by embassy");

        Finding dodLeahy = byCode(findingQueries.findingsFor(dod.programId()), "LEAHY_DOD");
        assertThat(dodLeahy.severity()).isEqualTo(FindingSeverity.BLOCKING);
        assertThat(dodLeahy.reason()).contains("credible, unremediated gross violation", "extrajudicial killing", "cannot be waived");
        assertThat(byCode(findingQueries.findingsFor(fmf.programId()), "LEAHY_STATE").severity()).isEqualTo(FindingSeverity.BLOCKING);
        assertThat(recomputation.blockingReasons(dod.programId())).anyMatch(r -> r.startsWith("10 U.S.C. 362"));

        assertThatThrownBy(() -> waivers.request(new WaiverRequestCommand(dod.programId(), restriction("LEAHY_DOD").id(),
                WaiverKind.WAIVER, null, "Please")))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("waiver.restriction.notWaivable"));

        humanRights.changeStatus(incident, humanRights.get(incident).version(), IncidentStatus.REMEDIATED,
                "Perpetrators convicted");
        assertThat(findingQueries.findingsFor(dod.programId())).extracting(Finding::restrictionCode).doesNotContain("LEAHY_DOD");
        assertThat(findingQueries.findingsFor(fmf.programId())).extracting(Finding::restrictionCode).doesNotContain("LEAHY_STATE");
        assertThat(humanRights.get(incident).statusChanges()).extracting(IncidentView.StatusChange::to)
                .containsExactly(IncidentStatus.REPORTED, IncidentStatus.UNDER_REVIEW, IncidentStatus.CREDIBLE, IncidentStatus.REMEDIATED);
    }

    @Test
    void nightlyRunRecomputesUnderTheAdvisoryLockAndFindingsAreSearchable() {
        ProgramFacts facts = facts(null, "CORRECTIONS", "PKO");
        recomputation.recompute(facts);
        assertThat(findingQueries.findingsForPlan(facts.planId()).get(facts.programId()))
                .extracting(Finding::restrictionCode).contains("FAA_660");
        assertThat(nightly.run()).isPositive();
        var page = findingQueries.search(new FindingFilter(colombia, restriction("FAA_660").id(), FindingSeverity.BLOCKING,
                facts.programId()), PageRequest.of(0, 10));
        assertThat(page.getContent()).singleElement().satisfies(row -> {
            assertThat(row.programTitle()).isEqualTo(facts.title());
            assertThat(row.countryName()).isEqualTo("Colombia");
            assertThat(row.restrictionCode()).isEqualTo("FAA_660");
        });
    }

    private ProgramFacts facts(Long unitId, String recipientType, String... authorityNames) {
        return CompliancePrograms.create(applicationContext, unitId, recipientType, authorityNames);
    }

    private RestrictionDetail restriction(String code) {
        return restrictions.all().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static Finding byCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.restrictionCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not among " + findings));
    }
}
