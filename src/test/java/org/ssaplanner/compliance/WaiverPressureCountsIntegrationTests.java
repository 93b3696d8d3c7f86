package org.ssaplanner.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.shared.security.Role;

/**
 * The counts the waiver pressure report reads are kept by triggers as findings and program-years change
 * (migration V202612021000). After every kind of change, by the application and directly in the tables, they must
 * equal the counts computed from the rows themselves, both before and after the logged changes are folded in.
 */
@SsaIntegrationTest
class WaiverPressureCountsIntegrationTests {

    /** Rows of (restriction or null for a year's count, year, programs, dollars) on which kept and computed differ. */
    private static final String DIFFERENCES = """
            with computed as (
                select f.restriction_id, y.fiscal_year, count(*)::bigint as programs, sum(y.allocated) as dollars
                  from compliance_finding f join compliance_program_year y on y.program_id = f.program_id
                 group by f.restriction_id, y.fiscal_year
                union all
                select null, fiscal_year, count(*), 0 from compliance_program_year group by fiscal_year
            ), kept as (
                select restriction_id, fiscal_year, sum(programs)::bigint as programs,
                       case when restriction_id is null then 0 else sum(dollars) end as dollars
                  from (select restriction_id, fiscal_year, programs, dollars from compliance_waiver_pressure_cell
                        union all
                        select null, fiscal_year, programs, 0 from compliance_program_year_count
                        union all
                        select restriction_id, fiscal_year, programs, dollars from compliance_waiver_pressure_change) k
                 group by restriction_id, fiscal_year
                having sum(programs) <> 0
            )
            select coalesce(restriction_id::text, 'year') || ' ' || fiscal_year || ': ' || programs || ' programs, '
                   || dollars || ' dollars'
              from ((select * from computed except select * from kept)
                    union all
                    (select * from kept except select * from computed)) d
            """;

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WaiverPressureService reports;
    @Autowired
    FindingRecomputationService recomputation;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void signIn() {
        TestUsers.signInAs("pressure-counts-admin", 1, Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void keptCountsEqualTheRowsAfterEveryKindOfChange() {
        // the application: a police program under INCLE gets a blocking FAA s.660 finding (the compliance module
        // evaluates it after the program's creation is committed, on its own thread); it has no funding yet
        long id = policeProgramWithFindings();
        assertCountsMatchTheRows();

        // years arrive for a program with findings
        addYears(id);
        assertCountsMatchTheRows();

        // its findings are replaced the way the recomputation replaces them (deleted, then inserted again)
        List<Long> restrictions = jdbc.queryForList("select restriction_id from compliance_finding where program_id = ?",
                Long.class, id);
        jdbc.update("delete from compliance_finding where program_id = ?", id);
        assertCountsMatchTheRows();
        for (long restriction : restrictions) {
            jdbc.update("insert into compliance_finding (program_id, restriction_id, severity, reason, evaluated_on) "
                    + "values (?, ?, 'BLOCKING', 'test', current_date)", id, restriction);
        }
        assertCountsMatchTheRows();

        // the application's recomputation (through Hibernate) replaces the findings and removes the years its facts
        // do not have
        recomputation.recompute(id);
        assertThat(jdbc.queryForObject("select count(*) from compliance_program_year where program_id = ?", Long.class,
                id)).isZero();
        assertCountsMatchTheRows();
        addYears(id);

        // an allocation changes, a year is added to a program with findings, a finding moves to another restriction
        jdbc.update("update compliance_program_year set allocated = allocated + 12.34 where program_id = ?", id);
        jdbc.update("insert into compliance_program_year (program_id, fiscal_year, allocated) values (?, 2150, 99.99)", id);
        long other = jdbc.queryForObject("select min(id) from restriction where id not in "
                + "(select restriction_id from compliance_finding where program_id = ?)", Long.class, id);
        jdbc.update("update compliance_finding set restriction_id = ? where program_id = ? and id = "
                + "(select min(id) from compliance_finding where program_id = ?)", other, id, id);
        assertCountsMatchTheRows();

        // folded, the same; the log is empty
        reports.foldChanges();
        assertThat(jdbc.queryForObject("select count(*) from compliance_waiver_pressure_change", Long.class)).isZero();
        assertCountsMatchTheRows();

        // a finding goes, a year goes, then the program with all the rest (the deletion cascades to both)
        jdbc.update("delete from compliance_program_year where program_id = ? and fiscal_year = 2150", id);
        assertCountsMatchTheRows();
        jdbc.update("delete from compliance_finding where program_id = ? and restriction_id = ?", id, other);
        assertCountsMatchTheRows();
        jdbc.update("delete from compliance_program where program_id = ?", id);
        assertCountsMatchTheRows();
        reports.foldChanges();
        assertCountsMatchTheRows();
    }

    @Test
    void theReportCountsAProgramAddedAfterTheLastFold() {
        reports.foldChanges();
        long id = policeProgramWithFindings();
        addYears(id);
        long restriction = jdbc.queryForObject("select restriction_id from compliance_finding where program_id = ? "
                + "order by restriction_id limit 1", Long.class, id);
        int year = jdbc.queryForObject("select min(fiscal_year) from compliance_program_year where program_id = ?",
                Integer.class, id);
        long expected = jdbc.queryForObject("""
                select count(*) from compliance_finding f join compliance_program_year y on y.program_id = f.program_id
                 where f.restriction_id = ? and y.fiscal_year = ?""", Long.class, restriction, year);

        // another instance is folding (it holds the lock in its transaction): this one skips folding, and the report
        // must add the logged changes itself
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)::text", String.class, WaiverPressureService.FOLD_LOCK);
            assertThat(reports.foldChanges()).isZero();
            assertThat(reports.report(year, year, restriction).rows()).singleElement()
                    .satisfies(row -> assertThat(row.programsAffected()).isEqualTo(expected));
        });
        assertCountsMatchTheRows();
    }

    private long policeProgramWithFindings() {
        ProgramFacts police = CompliancePrograms.create(context, null, "POLICE", "INCLE");
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from compliance_finding where program_id = ?", Long.class, police.programId()) > 0);
        return police.programId();
    }

    private void addYears(long programId) {
        jdbc.update("insert into compliance_program_year (program_id, fiscal_year, allocated) values (?, 2140, 1000.00),"
                + " (?, 2141, 2000.50)", programId, programId);
    }

    private void assertCountsMatchTheRows() {
        List<String> differences = jdbc.queryForList(DIFFERENCES, String.class);
        assertThat(differences).as("kept counts that differ from the rows").isEmpty();
    }
}
