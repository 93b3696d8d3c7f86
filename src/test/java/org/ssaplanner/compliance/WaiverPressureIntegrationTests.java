package org.ssaplanner.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.authorities.RestrictionCommand;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.RestrictionSeverity;
import org.ssaplanner.authorities.StatutoryExceptionCommand;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.Role;

/**
 * The report's figures on a small fixture in fiscal years nobody else uses (2091, 2092), checked
 * against numbers computed by hand. The five programs are real (created through the services); the facts
 * compliance keeps for them are then replaced by these hand-made ones:
 *
 * <pre>
 * program  FY2091  FY2092  finding  approved waivers / claims
 * P1       $100    $150    yes      WAIVER 2090-11-01..2091-12-31 (FY2091; in force in FY2091 and FY2092)
 * P2       $200    -       yes      WAIVER 2091-03-01..2091-06-30 (FY2091)
 * P3       $300    -       yes      EXCEPTION from 2091-05-01 (FY2091)
 * P4       -       $400    yes      a REJECTED waiver (does not count)
 * P5       $500    -       no       -
 *
 * FY2091: waivers 2, exceptions 1, programs 3 (P1-P3), dollars 600, all programs 4 -> share 75.0 %,
 *         waived 2 of 3 (66.7 %) -> routinely waived
 * FY2092: waivers 0, exceptions 0, programs 2 (P1, P4), dollars 550, all programs 2 -> 100.0 %,
 *         waived 1 of 2 (50.0 %) -> not routinely waived; trend 0 - 2 = -2
 * overall: waived in 3 of 5 program-years -> routinely waived
 * </pre>
 */
@SsaIntegrationTest
class WaiverPressureIntegrationTests {

    @Autowired
    WaiverPressureService reports;
    @Autowired
    RestrictionService restrictions;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    /** The fixture is inserted once for the class (both tests read it; the years must hold only these programs). */
    static Long restriction;
    /** A second restriction and program (PROGRAMS[0]) for the overlapping waivers, made before the facts below. */
    static Long overlap;
    static final long[] PROGRAMS = new long[6];

    @BeforeEach
    void fixture() {
        TestUsers.signInAs("pressure-admin", 1, Role.ADMIN);
        if (restriction != null) {
            return;
        }
        String code = "PRESSURE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        restriction = restrictions.create(new RestrictionCommand(code, "Sec. 9999", "=HYPERLINK(\"x\")", "Fixture", true,
                "Secretary", RestrictionSeverity.BLOCKING, "recipient_type = POLICE and not recipient_type = POLICE"));
        // the condition matches nothing: findings are inserted directly below
        long exception = 0;
        restrictions.addException(restriction, new StatutoryExceptionCommand("FIXTURE", "Sec. 9999(b)", "Fixture exception"));
        exception = restrictions.get(restriction).exceptions().get(0).id();
        long country = reference.countryByCode("CO").orElseThrow().id();
        // creating a restriction or a program re-evaluates programs: both are made before the hand-made facts
        overlap = restrictions.create(new RestrictionCommand("OVERLAP_" + code.substring(9), "Sec. 9998",
                "Overlap fixture", "Fixture", true, "Secretary", RestrictionSeverity.BLOCKING,
                "recipient_type = POLICE and not recipient_type = POLICE"));
        for (int n = 0; n <= 5; n++) {
            PROGRAMS[n] = CompliancePrograms.create(context, null, "MILITARY", "IMET").programId();
        }
        program(1, country, new int[] {2091, 2092}, new String[] {"100.00", "150.00"}, true);
        program(2, country, new int[] {2091}, new String[] {"200.00"}, true);
        program(3, country, new int[] {2091}, new String[] {"300.00"}, true);
        program(4, country, new int[] {2092}, new String[] {"400.00"}, true);
        program(5, country, new int[] {2091}, new String[] {"500.00"}, false);
        waiver(1, "WAIVER", null, "APPROVED", LocalDate.of(2090, 11, 1), LocalDate.of(2091, 12, 31));
        waiver(2, "WAIVER", null, "APPROVED", LocalDate.of(2091, 3, 1), LocalDate.of(2091, 6, 30));
        waiver(3, "EXCEPTION", exception, "APPROVED", LocalDate.of(2091, 5, 1), null);
        waiver(4, "WAIVER", null, "REJECTED", null, null);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void figuresMatchTheHandComputedNumbers() {
        WaiverPressureReport report = reports.report(2091, 2092, restriction);
        assertThat(report.rows()).hasSize(2);
        WaiverPressureRow fy2091 = report.rows().get(0);
        assertThat(fy2091.fiscalYear()).isEqualTo(2091);
        assertThat(fy2091.waiversGranted()).isEqualTo(2);
        assertThat(fy2091.exceptionsClaimed()).isEqualTo(1);
        assertThat(fy2091.programsAffected()).isEqualTo(3);
        assertThat(fy2091.dollarsAffected()).isEqualByComparingTo("600.00");
        assertThat(fy2091.programsInYear()).isEqualTo(4);
        assertThat(fy2091.shareOfPrograms()).isEqualByComparingTo("75.0");
        assertThat(fy2091.programsWaived()).isEqualTo(2);
        assertThat(fy2091.waivedShare()).isEqualByComparingTo("66.7");
        assertThat(fy2091.routinelyWaived()).isTrue();
        assertThat(fy2091.waiversTrend()).isNull();

        WaiverPressureRow fy2092 = report.rows().get(1);
        assertThat(fy2092.fiscalYear()).isEqualTo(2092);
        assertThat(fy2092.waiversGranted()).isZero();
        assertThat(fy2092.exceptionsClaimed()).isZero();
        assertThat(fy2092.programsAffected()).isEqualTo(2);
        assertThat(fy2092.dollarsAffected()).isEqualByComparingTo("550.00");
        assertThat(fy2092.programsInYear()).isEqualTo(2);
        assertThat(fy2092.shareOfPrograms()).isEqualByComparingTo("100.0");
        assertThat(fy2092.programsWaived()).isEqualTo(1);
        assertThat(fy2092.routinelyWaived()).isFalse();
        assertThat(fy2092.waiversTrend()).isEqualTo(-2L);

        assertThat(report.totals()).singleElement().satisfies(t -> {
            assertThat(t.programYearsAffected()).isEqualTo(5);
            assertThat(t.programYearsWaived()).isEqualTo(3);
            assertThat(t.waiversGranted()).isEqualTo(2);
            assertThat(t.dollarsAffected()).isEqualByComparingTo(new BigDecimal("1150.00"));
            assertThat(t.routinelyWaived()).isTrue();
        });
        assertThat(report.chartJson()).endsWith("\"data\":[2,0]}]}").startsWith("{\"labels\":[2091,2092]");
    }

    @Test
    void csvHasTheSameFiguresAndEscapesFormulas() {
        String csv = reports.csv(2091, 2092, restriction);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", WaiverPressureService.CSV_HEADER));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"x\"\")\",2091,2,1,3,600.00,75.0,2,66.7,,yes");
        assertThat(lines.get(2)).endsWith(",2092,0,0,2,550.00,100.0,1,50.0,-2,no");
    }

    /**
     * The set-based query counts a program-year once as waived when two approved waivers cover it (FY2093: both in
     * force; FY2094: only the later one), while both count as granted in the year they took effect.
     */
    @Test
    void aProgramYearCoveredByTwoWaiversIsWaivedOnce() {
        long country = reference.countryByCode("CO").orElseThrow().id();
        long id = PROGRAMS[0];
        jdbc.update("delete from compliance_program where program_id = ?", id);
        jdbc.update("insert into compliance_program (program_id, country_id, title, capability_domain_codes, authority_ids, "
                + "total_allocated, evaluated_at) values (?, ?, 'Overlap program', '', '', 700.00, now())", id, country);
        jdbc.update("insert into compliance_program_year (program_id, fiscal_year, allocated) values (?, 2093, 300.00),"
                + " (?, 2094, 400.00)", id, id);
        jdbc.update("insert into compliance_finding (program_id, restriction_id, severity, reason, evaluated_on) "
                + "values (?, ?, 'BLOCKING', 'fixture', current_date)", id, overlap);
        for (LocalDate[] span : new LocalDate[][] {{LocalDate.of(2092, 10, 1), LocalDate.of(2093, 9, 30)},
                {LocalDate.of(2093, 1, 1), LocalDate.of(2094, 12, 31)}}) {
            jdbc.update("insert into waiver (program_id, restriction_id, kind, justification, status, requested_by, "
                    + "requested_at, decided_by, decided_at, approving_official_name, approving_official_title, "
                    + "effective_date, expiry_date) values (?, ?, 'WAIVER', 'fixture', 'APPROVED', 'planner', now(), "
                    + "'admin', now(), 'J. Doe', 'Secretary', ?, ?)", id, overlap, span[0], span[1]);
        }

        WaiverPressureReport report = reports.report(2093, 2094, overlap);

        assertThat(report.rows()).extracting(WaiverPressureRow::fiscalYear).containsExactly(2093, 2094);
        WaiverPressureRow fy2093 = report.rows().get(0);
        assertThat(fy2093.waiversGranted()).isEqualTo(2);
        assertThat(fy2093.programsAffected()).isEqualTo(1);
        assertThat(fy2093.programsWaived()).isEqualTo(1);
        assertThat(fy2093.dollarsAffected()).isEqualByComparingTo("300.00");
        assertThat(fy2093.programsInYear()).isEqualTo(1);
        WaiverPressureRow fy2094 = report.rows().get(1);
        assertThat(fy2094.waiversGranted()).isZero();
        assertThat(fy2094.programsWaived()).isEqualTo(1);
        assertThat(fy2094.dollarsAffected()).isEqualByComparingTo("400.00");
        // unfiltered, the restriction's rows are the same
        assertThat(reports.report(null, null, null).rows()).filteredOn(r -> r.restrictionId() == overlap)
                .containsExactlyElementsOf(report.rows());
    }

    private void program(int n, long country, int[] years, String[] amounts, boolean finding) {
        long id = PROGRAMS[n];
        jdbc.update("delete from compliance_program where program_id = ?", id); // its years and findings go with it
        BigDecimal total = BigDecimal.ZERO;
        for (String a : amounts) {
            total = total.add(new BigDecimal(a));
        }
        jdbc.update("insert into compliance_program (program_id, country_id, title, capability_domain_codes, authority_ids, "
                + "total_allocated, evaluated_at) values (?, ?, ?, '', '', ?, now())", id, country, "Fixture program " + n, total);
        for (int i = 0; i < years.length; i++) {
            jdbc.update("insert into compliance_program_year (program_id, fiscal_year, allocated) values (?, ?, ?)", id,
                    years[i], new BigDecimal(amounts[i]));
        }
        if (finding) {
            jdbc.update("insert into compliance_finding (program_id, restriction_id, severity, reason, evaluated_on) "
                    + "values (?, ?, 'BLOCKING', 'fixture', current_date)", id, restriction);
        }
    }

    private void waiver(int n, String kind, Long exceptionId, String status, LocalDate from, LocalDate to) {
        boolean decided = !"REQUESTED".equals(status);
        jdbc.update("insert into waiver (program_id, restriction_id, kind, exception_id, justification, status, requested_by, "
                + "requested_at, decided_by, decided_at, approving_official_name, approving_official_title, effective_date, expiry_date) "
                + "values (?, ?, ?, ?, 'fixture', ?, 'planner', now(), ?, ?, ?, ?, ?, ?)",
                PROGRAMS[n], restriction, kind, exceptionId, status, decided ? "admin" : null,
                decided ? Timestamp.from(Instant.now()) : null,
                "APPROVED".equals(status) ? "J. Doe" : null, "APPROVED".equals(status) ? "Secretary" : null, from, to);
    }
}
