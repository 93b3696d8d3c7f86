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
import org.springframework.context.support.ResourceBundleMessageSource;
import org.ssaplanner.authorities.AuthoritySummary;
import org.ssaplanner.authorities.ProgramCategory;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionSeverity;
import org.ssaplanner.authorities.SourceAct;
import org.ssaplanner.authorities.Statute;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverStatus;
import org.ssaplanner.authorities.WaiverSummary;
import org.ssaplanner.authorities.condition.ConditionParser;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramStatus;

/** Pure evaluation: each predicate of the condition language on program facts, and combined conditions. */
class ComplianceEngineTests {

    static final LocalDate DAY = LocalDate.of(2027, 3, 1);
    static final AuthoritySummary INCLE = new AuthoritySummary(1, "INCLE", "22 U.S.C. 2291", "INCLE", Statute.TITLE_22,
            SourceAct.FAA, ProgramCategory.SECURITY_ASSISTANCE, "INCLE", 1, null, 15);
    static final AuthoritySummary FMF = new AuthoritySummary(2, "FMF", "22 U.S.C. 2763", "FMF", Statute.TITLE_22,
            SourceAct.AECA, ProgramCategory.SECURITY_ASSISTANCE, "FMF", 1, null, null);
    static final AuthoritySummary SEC333 = new AuthoritySummary(3, "SEC333", "10 U.S.C. 333", "BPC", Statute.TITLE_10,
            SourceAct.TITLE_10, ProgramCategory.SECURITY_COOPERATION, "O&M", 1, null, 15);
    static final AuthoritySummary OLD = new AuthoritySummary(4, "OLD1", "10 U.S.C. 2282", "Old 1206", Statute.TITLE_10,
            SourceAct.TITLE_10, ProgramCategory.SECURITY_COOPERATION, "O&M", 1, LocalDate.of(2027, 2, 28), null);
    static final AuthoritySummary TEMP = new AuthoritySummary(5, "TEMP", "Sec. 1226", "Temporary", Statute.TITLE_10,
            SourceAct.OTHER, ProgramCategory.SECURITY_COOPERATION, "O&M", 1, LocalDate.of(2028, 9, 30), null);
    static final Map<Long, AuthoritySummary> AUTHORITIES = List.of(INCLE, FMF, SEC333, OLD, TEMP).stream()
            .collect(Collectors.toMap(AuthoritySummary::id, Function.identity()));

    final ComplianceEngine engine = new ComplianceEngine(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/compliance", "i18n/authorities");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static ProgramFacts program(String recipientType, Long... authorityIds) {
        return new ProgramFacts(10, 1L, 7, "Program", 0, 99L, recipientType, "TRAINING",
                Set.of("MARITIME", "COUNTERNARCOTICS"), Set.of(authorityIds), ProgramStatus.PROPOSED, LocalDate.of(2026, 10, 1),
                LocalDate.of(2029, 9, 30), BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ZERO, List.of(2027), Map.of());
    }

    static EvaluationInput input(UnitRecord unit, Map<Long, LocalDate> notifications, List<WaiverSummary> waivers,
            RestrictionDetail... restrictions) {
        return new EvaluationInput(List.of(restrictions), AUTHORITIES, "CO", unit, notifications, waivers);
    }

    static boolean holds(String condition, ProgramFacts facts, UnitRecord unit, Map<Long, LocalDate> notifications) {
        return ConditionParser.parse(condition)
                .evaluate(new ProgramConditionContext(facts, input(unit, notifications, List.of()), DAY)).holds();
    }

    static boolean holds(String condition, ProgramFacts facts) {
        return holds(condition, facts, UnitRecord.NONE, Map.of());
    }

    @Test
    void valueFieldsOfTheProgram() {
        ProgramFacts police = program("POLICE", 1L);
        assertThat(holds("recipient_type = POLICE", police)).isTrue();
        assertThat(holds("recipient_type = MILITARY", police)).isFalse();
        assertThat(holds("recipient_type != MILITARY", police)).isTrue();
        assertThat(holds("assistance_type in (TRAINING, EXERCISE)", police)).isTrue();
        assertThat(holds("capability_domain = MARITIME", police)).isTrue();
        assertThat(holds("capability_domain not in (CYBER, SPACE)", police)).isTrue();
        assertThat(holds("country = CO", police)).isTrue();
        assertThat(holds("country = MX", police)).isFalse();
        assertThat(holds("recipient_type = POLICE", program(null, 1L))).isFalse();
    }

    @Test
    void authorityFieldsMatchAnyOfTheProgramsAuthorities() {
        ProgramFacts mixed = program("MILITARY", 2L, 3L);
        assertThat(holds("authority = FMF", mixed)).isTrue();
        assertThat(holds("authority = INCLE", mixed)).isFalse();
        assertThat(holds("authority.statute = TITLE_10", mixed)).isTrue();
        assertThat(holds("authority.statute = TITLE_22", mixed)).isTrue();
        assertThat(holds("authority.source_act = FAA", mixed)).isFalse();
        assertThat(holds("authority.source_act in (FAA, AECA)", mixed)).isTrue();
        assertThat(holds("authority.source_act != FAA", mixed)).isTrue();
        assertThat(holds("authority.category = SECURITY_COOPERATION", mixed)).isTrue();
        assertThat(holds("authority.category = SECURITY_COOPERATION", program("MILITARY", 2L))).isFalse();
    }

    @Test
    void unitFlags() {
        ProgramFacts facts = program("MILITARY", 3L);
        UnitRecord credible = new UnitRecord("1st Battalion", true, IncidentCategory.TORTURE, LocalDate.of(2026, 5, 1), false);
        UnitRecord review = new UnitRecord("1st Battalion", false, null, null, true);
        assertThat(holds("unit.credible_hr_violation", facts, credible, Map.of())).isTrue();
        assertThat(holds("unit.credible_hr_violation", facts, review, Map.of())).isFalse();
        assertThat(holds("unit.credible_hr_violation", facts)).isFalse();
        assertThat(holds("unit.hr_under_review", facts, review, Map.of())).isTrue();
        assertThat(holds("unit.hr_under_review", facts, credible, Map.of())).isFalse();
    }

    @Test
    void authorityDateFlags() {
        assertThat(holds("authority.expired", program("MILITARY", 4L))).isTrue();
        assertThat(holds("authority.expired", program("MILITARY", 3L, 5L))).isFalse();
        assertThat(holds("authority.temporary", program("MILITARY", 5L))).isTrue();
        assertThat(holds("authority.temporary", program("MILITARY", 3L))).isFalse();
        assertThat(holds("authority.expires_during_program", program("MILITARY", 5L))).isTrue();
        assertThat(holds("authority.expires_during_program", program("MILITARY", 3L))).isFalse();
    }

    @Test
    void notificationFlags() {
        ProgramFacts facts = program("POLICE", 1L, 3L);
        assertThat(holds("authority.notification_required", facts)).isTrue();
        assertThat(holds("authority.notification_required", program("MILITARY", 2L))).isFalse();
        assertThat(holds("notification.filed", facts)).isFalse();
        // INCLE filed 15 days before: waiting period has run; SEC333 not filed
        assertThat(holds("notification.filed", facts, UnitRecord.NONE, Map.of(1L, DAY.minusDays(15)))).isFalse();
        assertThat(holds("notification.filed", facts, UnitRecord.NONE, Map.of(1L, DAY.minusDays(15), 3L, DAY.minusDays(15)))).isTrue();
        // filed, but the 15 days have not yet run
        assertThat(holds("notification.filed", facts, UnitRecord.NONE, Map.of(1L, DAY.minusDays(14), 3L, DAY.minusDays(30)))).isFalse();
        assertThat(holds("notification.filed", program("MILITARY", 2L))).isTrue();
    }

    @Test
    void combinedConditions() {
        String s660 = "recipient_type in (POLICE, CORRECTIONS) and authority.source_act = FAA";
        assertThat(holds(s660, program("POLICE", 1L))).isTrue();
        assertThat(holds(s660, program("CORRECTIONS", 1L, 3L))).isTrue();
        assertThat(holds(s660, program("POLICE", 3L))).isFalse();
        assertThat(holds(s660, program("MILITARY", 1L))).isFalse();
        String notification = "authority.notification_required and not notification.filed";
        assertThat(holds(notification, program("POLICE", 1L))).isTrue();
        assertThat(holds(notification, program("POLICE", 1L), UnitRecord.NONE, Map.of(1L, DAY.minusDays(20)))).isFalse();
        String either = "(authority.expired or unit.hr_under_review) and not recipient_type = CIVIL_SOCIETY";
        assertThat(holds(either, program("MILITARY", 4L))).isTrue();
        assertThat(holds(either, program("CIVIL_SOCIETY", 4L))).isFalse();
        assertThat(holds(either, program("MILITARY", 3L))).isFalse();
    }

    @Test
    void reasonsNameValuesByTheirLabelsNotTheirCodes() {
        ComplianceEngine labelled = new ComplianceEngine(messages(), (field, code) -> switch (field + ":" + code) {
            case "recipient_type:POLICE" -> "Police";
            case "recipient_type:CORRECTIONS" -> "Corrections";
            case "capability_domain:MARITIME" -> "Maritime";
            case "capability_domain:COUNTERNARCOTICS" -> "Counternarcotics";
            case "capability_domain:CYBER" -> "Cyber";
            case "authority.statute:TITLE_10" -> "Title 10";
            default -> code;
        });
        RestrictionDetail s660 = restriction(1, "FAA_660", "22 U.S.C. 2420, FAA s.660", true, RestrictionSeverity.BLOCKING,
                "recipient_type in (POLICE, CORRECTIONS) and authority.source_act = FAA");
        RestrictionDetail cyber = restriction(2, "DOMAIN_RULE", "Domain rule", false, RestrictionSeverity.WARNING,
                "not capability_domain = CYBER and not authority.statute = TITLE_10");
        List<Finding> findings = labelled.evaluate(program("POLICE", 1L),
                input(UnitRecord.NONE, Map.of(), List.of(), s660, cyber), DAY);
        assertThat(findings.get(0).reason()).isEqualTo(
                "Recipient type Police, under 22 U.S.C. 2291 (INCLE) requires a waiver of 22 U.S.C. 2420, FAA s.660; none is active.");
        assertThat(findings.get(1).reason()).contains("Capability domain Counternarcotics, Maritime (not Cyber)",
                "no authority with statute Title 10").doesNotContain("COUNTERNARCOTICS", "TITLE_10", "CYBER");
    }

    @Test
    void findingsWithReasonsAndWaiversByDate() {
        RestrictionDetail s660 = restriction(1, "FAA_660", "22 U.S.C. 2420, FAA s.660", true, RestrictionSeverity.BLOCKING,
                "recipient_type in (POLICE, CORRECTIONS) and authority.source_act = FAA");
        RestrictionDetail leahy = restriction(2, "LEAHY_DOD", "10 U.S.C. 362", false, RestrictionSeverity.BLOCKING,
                "unit.credible_hr_violation and authority.statute = TITLE_10");
        RestrictionDetail notify = restriction(3, "CONGRESSIONAL_NOTIFICATION", "Notification", false, RestrictionSeverity.WARNING,
                "authority.notification_required and not notification.filed");
        ProgramFacts facts = program("POLICE", 1L);
        List<Finding> findings = engine.evaluate(facts, input(UnitRecord.NONE, Map.of(), List.of(), s660, leahy, notify), DAY);
        assertThat(findings).extracting(Finding::restrictionCode).containsExactly("FAA_660", "CONGRESSIONAL_NOTIFICATION");
        assertThat(findings.get(0).severity()).isEqualTo(FindingSeverity.BLOCKING);
        assertThat(findings.get(0).reason()).isEqualTo(
                "Recipient type POLICE, under 22 U.S.C. 2291 (INCLE) requires a waiver of 22 U.S.C. 2420, FAA s.660; none is active.");
        assertThat(findings.get(1).severity()).isEqualTo(FindingSeverity.WARNING);
        assertThat(findings.get(1).reason()).contains("no congressional notification on record", "22 U.S.C. 2291 (INCLE)");
        // one sentence that says each thing once (it used to name the authority twice and the requirement three times)
        assertThat(findings.get(1).reason()).isEqualTo("CONGRESSIONAL_NOTIFICATION title (Notification): 22 U.S.C. 2291 (INCLE) "
                + "requires that Congress be notified before funds are obligated, and no congressional notification on "
                + "record has passed its waiting period.");

        WaiverSummary waiver = waiver(50, 1, WaiverKind.WAIVER, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 1));
        List<Finding> waived = engine.evaluate(facts, input(UnitRecord.NONE, Map.of(), List.of(waiver), s660), DAY);
        assertThat(waived.get(0).severity()).isEqualTo(FindingSeverity.SATISFIED_BY_WAIVER);
        assertThat(waived.get(0).waiverId()).isEqualTo(50L);
        List<Finding> expired = engine.evaluate(facts, input(UnitRecord.NONE, Map.of(), List.of(waiver), s660), DAY.plusDays(1));
        assertThat(expired.get(0).severity()).isEqualTo(FindingSeverity.BLOCKING);
        assertThat(expired.get(0).reason()).endsWith("Waiver 50 expired on 2027-03-01.");

        ProgramFacts military = program("MILITARY", 3L);
        UnitRecord credible = new UnitRecord("1st Battalion", true, IncidentCategory.TORTURE, LocalDate.of(2026, 5, 1), false);
        WaiverSummary leahyWaiver = waiver(51, 2, WaiverKind.WAIVER, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        List<Finding> blocked = engine.evaluate(military, input(credible, Map.of(), List.of(leahyWaiver), leahy), DAY);
        assertThat(blocked.get(0).severity()).as("waivers of a non-waivable restriction do not count").isEqualTo(FindingSeverity.BLOCKING);
        assertThat(blocked.get(0).reason()).startsWith("Recipient unit 1st Battalion has a credible, unremediated gross violation")
                .contains("torture", "cannot be waived");
    }

    static RestrictionDetail restriction(long id, String code, String citation, boolean waivable, RestrictionSeverity severity,
            String condition) {
        return new RestrictionDetail(id, 0, code, citation, code + " title", "summary", waivable, waivable ? "SecState" : null,
                severity, condition, List.of(), Instant.now(), "system");
    }

    static WaiverSummary waiver(long id, long restrictionId, WaiverKind kind, Long exceptionId, LocalDate from, LocalDate to) {
        return new WaiverSummary(id, 0, 10, null, restrictionId, "X", "X", kind, exceptionId, null, "why",
                WaiverStatus.APPROVED, "planner", Instant.now(), "admin", Instant.now(), "J. Doe", "Secretary", from, to, null);
    }
}
