package org.ssaplanner.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.evaluations.Direction;
import org.ssaplanner.evaluations.IndicatorCommand;
import org.ssaplanner.evaluations.IndicatorMeasure;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.evaluations.PeriodCommand;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.MetricLevel;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.w3c.dom.Document;

/**
 * IATI 2.03 export (issue 17, section 1) on the real database: every file is validated against the official activity
 * schema vendored in the test resources, every code it uses is looked up in the official codelists, and the figures
 * are those recorded, each kind of money on its own.
 */
@SsaIntegrationTest
class IatiExportIntegrationTests {


    @Autowired
    ApplicationContext context;
    @Autowired
    IatiExportService iati;
    @Autowired
    PlanService plans;
    @Autowired
    ProgramService programs;
    @Autowired
    IndicatorService indicators;
    @Autowired
    AgencyService agencies;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void aPlanWithEveryFieldFilledIsValidIati203AndCarriesWhatWasRecorded() throws Exception {
        PlanningFixtures fixtures = fixtures();
        fixtures.signInAsAdmin();
        long inl = fixtures.agency("INL");
        long opdat = fixtures.agency("OPDAT");
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long planId = fixtures.plan(conductor, "CO", Set.of(inl, opdat));
        long objective = plans.addObjective(planId, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE,
                "Accountable justice on the Pacific coast", null));
        long outcome = plans.addOutcome(planId, objective,
                new OutcomeCommand("Homicide cases reach a verdict within two years", null));
        String unitName = PlanningFixtures.unique("Restricted vetted unit ");
        long programId = programs.create(planId, ProgramCommandBuilder
                .program(PlanningFixtures.unique("Prosecutor mentoring & <case> management "), inl,
                        fixtures.authority("INCLE"))
                .description("Mentors for prosecutors in Tumaco & Buenaventura.").supporting(opdat)
                .newUnit(unitName, "JUSTICE").recipientType(null)
                .domains("GOVERNANCE_RULE_OF_LAW", "MARITIME", "COUNTERNARCOTICS")
                .dates(LocalDate.of(2026, 10, 1), LocalDate.of(2029, 9, 30)).build());
        plans.linkProgram(planId, outcome, programId);
        programs.saveFundingLine(programId, new FundingLineCommand(2027, "INCLE", new BigDecimal("2000000.00"),
                new BigDecimal("1250000.50"), new BigDecimal("1000000.00"), new BigDecimal("400000.25")), true);
        programs.saveFundingLine(programId, new FundingLineCommand(2028, "INCLE", new BigDecimal("900000.00"),
                new BigDecimal("800000.00"), BigDecimal.ZERO, BigDecimal.ZERO), true);

        TestUsers.signInAs("evaluator-iati", 1, Role.EVALUATOR);
        long conviction = indicators.create(programId, new IndicatorCommand("Share of cases with a verdict",
                "Verdicts within 24 months over cases filed", MetricLevel.OUTCOME, IndicatorMeasure.PERCENTAGE,
                Direction.HIGHER_IS_BETTER, "%", null, "20", LocalDate.of(2024, 1, 1), "Fiscalía", outcome, null));
        indicators.savePeriods(programId, conviction, 0, List.of(
                new PeriodCommand(null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "30", "28.5", null),
                new PeriodCommand(null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "40", null, null)));
        long mentored = indicators.create(programId, new IndicatorCommand("Prosecutors mentored", null,
                MetricLevel.OUTPUT, IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "prosecutors", null, "0",
                null, null, null, null));
        indicators.savePeriods(programId, mentored, 0, List.of(
                new PeriodCommand(null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "50", "61", null)));
        indicators.create(programId, new IndicatorCommand("Case-management maturity", null, MetricLevel.OUTCOME,
                IndicatorMeasure.ORDINAL, Direction.HIGHER_IS_BETTER, null, "Nascent\nDeveloping\nCapable",
                "Developing", LocalDate.of(2024, 3, 1), null, outcome, null));
        indicators.create(programId, new IndicatorCommand("Judges' view of the prosecution", null,
                MetricLevel.IMPACT, IndicatorMeasure.QUALITATIVE, Direction.HIGHER_IS_BETTER, null, null,
                "Distrust of the prosecution", LocalDate.of(2024, 2, 1), null, outcome, null));
        indicators.create(programId, new IndicatorCommand("Mentor hours paid", null, MetricLevel.INPUT,
                IndicatorMeasure.UNIT, Direction.HIGHER_IS_BETTER, "hours", null, "0", null, null, null, null));

        TestUsers.signInAs("viewer-iati", 1, Role.VIEWER);
        Document file = IatiFiles.valid(out -> iati.plan(planId, () -> out));

        assertThat(IatiFiles.text(file, "/iati-activities/@version")).isEqualTo("2.03");
        assertThat(IatiFiles.count(file, "//iati-activity")).isEqualTo(1);
        String activity = "//iati-activity[iati-identifier='XX-SSAPLANNER-" + programId + "']";
        assertThat(IatiFiles.count(file, activity)).isEqualTo(1);
        assertThat(IatiFiles.text(file, activity + "/@default-currency")).isEqualTo("USD");
        assertThat(IatiFiles.text(file, activity + "/reporting-org/@ref")).isEqualTo("XX-SSAPLANNER");
        assertThat(IatiFiles.text(file, activity + "/title/narrative")).startsWith("Prosecutor mentoring & <case> management ");
        assertThat(IatiFiles.text(file, activity + "/description[@type='1']/narrative"))
                .isEqualTo("Mentors for prosecutors in Tumaco & Buenaventura.");
        assertThat(IatiFiles.texts(file, activity + "/participating-org/@role")).containsExactly("1", "3", "4");
        assertThat(IatiFiles.text(file, activity + "/participating-org[@role='3']/narrative"))
                .isEqualTo(agencies.find(inl).orElseThrow().name());
        assertThat(IatiFiles.text(file, activity + "/participating-org[@role='4']/narrative"))
                .isEqualTo(agencies.find(opdat).orElseThrow().name());
        assertThat(IatiFiles.text(file, activity + "/activity-status/@code")).isEqualTo("1");
        assertThat(IatiFiles.texts(file, activity + "/activity-date/@type")).containsExactly("1", "3");
        assertThat(IatiFiles.text(file, activity + "/activity-date[@type='3']/@iso-date")).isEqualTo("2029-09-30");
        assertThat(IatiFiles.text(file, activity + "/recipient-country/@code")).isEqualTo("CO");

        // three domains, three DAC codes in equal shares that add up to exactly 100
        assertThat(IatiFiles.texts(file, activity + "/sector/@code")).containsExactly("15130", "15210", "16063");
        assertThat(IatiFiles.texts(file, activity + "/sector/@vocabulary")).containsOnly("1");
        assertThat(IatiFiles.texts(file, activity + "/sector/@percentage")).containsExactly("33.34", "33.33", "33.33");

        // allocated money as budgets per fiscal year; obligations and disbursements as transactions; requested never
        assertThat(IatiFiles.texts(file, activity + "/budget/period-start/@iso-date")).containsExactly("2026-10-01", "2027-10-01");
        assertThat(IatiFiles.texts(file, activity + "/budget/period-end/@iso-date")).containsExactly("2027-09-30", "2028-09-30");
        assertThat(IatiFiles.texts(file, activity + "/budget/value")).containsExactly("1250000.5", "800000");
        assertThat(IatiFiles.texts(file, activity + "/transaction/transaction-type/@code")).containsExactly("2", "3");
        assertThat(IatiFiles.text(file, activity + "/transaction[transaction-type/@code='2']/value")).isEqualTo("1000000");
        assertThat(IatiFiles.text(file, activity + "/transaction[transaction-type/@code='3']/value")).isEqualTo("400000.25");
        LocalDate today = LocalDate.now();
        for (String date : IatiFiles.texts(file, activity + "/transaction/transaction-date/@iso-date")) {
            assertThat(LocalDate.parse(date)).isBeforeOrEqualTo(today).isBeforeOrEqualTo(LocalDate.of(2027, 9, 30));
        }
        String xml = serialized(out -> iati.plan(planId, () -> out));
        assertThat(xml).doesNotContain("2000000").doesNotContain("900000");

        // results: per outcome and level; the output indicator has no outcome; the input indicator is not published
        assertThat(IatiFiles.texts(file, activity + "/result/@type")).containsExactly("2", "3", "1");
        String outcomeResult = activity + "/result[@type='2']";
        assertThat(IatiFiles.text(file, outcomeResult + "/title/narrative"))
                .isEqualTo("Homicide cases reach a verdict within two years");
        assertThat(IatiFiles.texts(file, outcomeResult + "/indicator/title/narrative"))
                .containsExactly("Case-management maturity", "Share of cases with a verdict");
        String verdicts = outcomeResult + "/indicator[title/narrative='Share of cases with a verdict']";
        assertThat(IatiFiles.text(file, verdicts + "/@measure")).isEqualTo("2");
        assertThat(IatiFiles.text(file, verdicts + "/@ascending")).isEqualTo("true");
        assertThat(IatiFiles.text(file, verdicts + "/baseline/@year")).isEqualTo("2024");
        assertThat(IatiFiles.text(file, verdicts + "/baseline/@value")).isEqualTo("20");
        assertThat(IatiFiles.texts(file, verdicts + "/period/target/@value")).containsExactly("30", "40");
        assertThat(IatiFiles.texts(file, verdicts + "/period/actual/@value")).containsExactly("28.5");
        String maturity = outcomeResult + "/indicator[title/narrative='Case-management maturity']";
        assertThat(IatiFiles.text(file, maturity + "/baseline/@value")).isEqualTo("2");
        assertThat(IatiFiles.text(file, maturity + "/baseline/comment/narrative")).isEqualTo("Developing");
        String judges = activity + "/result[@type='3']/indicator";
        assertThat(IatiFiles.text(file, judges + "/@measure")).isEqualTo("5");
        assertThat(IatiFiles.count(file, judges + "/baseline/@value")).isZero();
        assertThat(IatiFiles.text(file, judges + "/baseline/comment/narrative")).isEqualTo("Distrust of the prosecution");
        assertThat(IatiFiles.text(file, activity + "/result[@type='1']/title/narrative")).isEqualTo("Results of the program");
        assertThat(IatiFiles.text(file, activity + "/result[@type='1']/indicator/period/actual/@value")).isEqualTo("61");
        // no baseline date, no IATI baseline (its year is required)
        assertThat(IatiFiles.count(file, activity + "/result[@type='1']/indicator/baseline")).isZero();
        assertThat(xml).doesNotContain("Mentor hours paid");

        // restricted data never leaves: the recipient unit is vetting data
        assertThat(xml).doesNotContain(unitName);
        IatiFiles.codesAreInTheCodelists(file);
    }

    @Test
    void unknownPlansCountriesAndEmptySelectionsAre404sNotEmptyFiles() {
        PlanningFixtures fixtures = fixtures();
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long empty = fixtures.plan(conductor, "CO", Set.of(fixtures.agency("INL")));
        TestUsers.signInAs("viewer-iati", 1, Role.VIEWER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> iati.plan(empty, () -> out)).isInstanceOf(NothingToPublishException.class);
        assertThatThrownBy(() -> iati.plan(999_999_999L, () -> out)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> iati.country("XXX", null, () -> out)).isInstanceOf(NotFoundException.class);
        // Antarctica has no plans
        assertThatThrownBy(() -> iati.country("AQ", 2027, () -> out)).isInstanceOf(NothingToPublishException.class);
        assertThat(out.size()).isZero();
    }

    private PlanningFixtures fixtures() {
        return new PlanningFixtures(context.getBean(UserAccountService.class), agencies,
                context.getBean(ReferenceDataService.class), plans, programs);
    }

    private static String serialized(IatiFiles.Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.to(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
