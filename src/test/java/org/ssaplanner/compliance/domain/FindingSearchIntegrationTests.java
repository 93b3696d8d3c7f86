package org.ssaplanner.compliance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.compliance.CompliancePrograms;
import org.ssaplanner.compliance.FindingSeverity;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.shared.CappedPage;

/**
 * The findings list built from the filters actually given (issue 18, item 3) finds, orders and counts exactly what
 * the former single statement with {@code (:x is null or col = :x)} for every filter found: all sixteen
 * combinations of the four filters, two pages each, compared with that statement run as plain SQL.
 */
@SsaIntegrationTest
class FindingSearchIntegrationTests {

    private static final String GENERIC_WHERE = " where (cast(? as bigint) is null or p.country_id = ?)"
            + " and (cast(? as bigint) is null or f.restriction_id = ?)"
            + " and (cast(? as varchar) is null or f.severity = ?)"
            + " and (cast(? as bigint) is null or p.program_id = ?)";

    @Autowired
    ApplicationContext context;

    @Autowired
    FindingSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void everyFilterCombinationFindsOrdersAndCountsWhatTheGenericStatementFound() {
        ProgramFacts police = CompliancePrograms.create(context, null, "POLICE", "INCLE");
        CompliancePrograms.create(context, null, "POLICE", "INCLE");
        CompliancePrograms.create(context, null, "CORRECTIONS", "PKO");
        long colombia = police.countryId();
        long faa660 = jdbc.queryForObject("select id from restriction where code = 'FAA_660'", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from compliance_finding where program_id = ?", Long.class,
                police.programId())).isPositive();

        int combinations = 0;
        for (int mask = 0; mask < 16; mask++) {
            Long country = (mask & 1) != 0 ? colombia : null;
            Long restriction = (mask & 2) != 0 ? faa660 : null;
            FindingSeverity severity = (mask & 4) != 0 ? FindingSeverity.BLOCKING : null;
            String severityName = severity == null ? null : severity.name();
            Long program = (mask & 8) != 0 ? police.programId() : null;
            long expectedTotal = jdbc.queryForObject("select count(*) from compliance_finding f join compliance_program p"
                    + " on p.program_id = f.program_id" + GENERIC_WHERE, Long.class,
                    country, country, restriction, restriction, severityName, severityName, program, program);
            for (int pageNumber = 0; pageNumber < 2; pageNumber++) {
                int number = pageNumber;
                List<String> expected = jdbc.query("select f.program_id, f.restriction_id from compliance_finding f"
                        + " join compliance_program p on p.program_id = f.program_id" + GENERIC_WHERE
                        + " order by case when f.severity = 'BLOCKING' then 0 when f.severity = 'WARNING' then 1"
                        + " else 2 end, p.title, p.program_id, f.restriction_id limit 3 offset ?",
                        (rs, n) -> rs.getLong(1) + "/" + rs.getLong(2), country, country, restriction, restriction,
                        severityName, severityName, program, program, number * 3);
                Page<FindingSearch.Row> page = transactions.execute(status -> search.search(country, restriction,
                        severity, program, PageRequest.of(number, 3)));
                List<String> found = new ArrayList<>();
                page.getContent().forEach(r -> found.add(r.programId() + "/" + r.restrictionId()));
                String combination = "country " + country + ", restriction " + restriction + ", severity " + severity
                        + ", program " + program + ", page " + number;
                assertThat(found).as(combination).isEqualTo(expected);
                if (expectedTotal <= CappedPage.CAP) {
                    assertThat(page.getTotalElements()).as(combination).isEqualTo(expectedTotal);
                } else {
                    assertThat(((CappedPage<?>) page).isTotalCapped()).as(combination).isTrue();
                }
                page.getContent().forEach(r -> {
                    if (severity != null) {
                        assertThat(r.severity()).isEqualTo(severity);
                    }
                    if (country != null) {
                        assertThat(r.countryId()).isEqualTo(country);
                    }
                });
            }
            combinations++;
        }
        assertThat(combinations).isEqualTo(16);
    }

    /**
     * Every sort of the list, both ways, reads the rows in exactly the order of the former statement (the join with
     * the programs, the country's name and the restriction's citation looked up per row), after a program was
     * renamed and moved to another country directly in compliance_program: the findings' stored sort keys follow
     * (migration V202612020400's triggers), whoever writes the program.
     */
    @Test
    void everySortOrdersAsTheJoinWithTheProgramsDidAndFollowsARenamedProgram() {
        ProgramFacts renamed = CompliancePrograms.create(context, null, "POLICE", "INCLE");
        CompliancePrograms.create(context, null, "CORRECTIONS", "PKO");
        long peru = jdbc.queryForObject("select id from country where alpha2 = 'PE'", Long.class);
        jdbc.update("update compliance_program set title = ?, country_id = ? where program_id = ?",
                "Renamed program " + renamed.programId(), peru, renamed.programId());
        assertThat(jdbc.queryForList("select program_title || '/' || country_id from compliance_finding"
                + " where program_id = ?", String.class, renamed.programId()))
                .isNotEmpty().containsOnly("Renamed program " + renamed.programId() + "/" + peru);

        Map<String, String> expressions = Map.of("program", "p.title",
                "country", "(select c.name from country c where c.id = p.country_id)",
                "restriction", "(select r.citation from restriction r where r.id = f.restriction_id)",
                "severity", "case f.severity when 'BLOCKING' then 0 when 'WARNING' then 1 else 2 end");
        for (Map.Entry<String, String> sort : expressions.entrySet()) {
            for (Sort.Direction direction : Sort.Direction.values()) {
                String tieBreakers = sort.getKey().equals("program") ? "p.program_id, f.restriction_id"
                        : "p.title, p.program_id, f.restriction_id";
                for (int pageNumber : new int[] {0, 2}) {
                    List<String> expected = jdbc.query("select f.program_id, f.restriction_id from compliance_finding f"
                            + " join compliance_program p on p.program_id = f.program_id order by " + sort.getValue()
                            + " " + direction.name() + ", " + tieBreakers + " limit 4 offset ?",
                            (rs, n) -> rs.getLong(1) + "/" + rs.getLong(2), pageNumber * 4);
                    Page<FindingSearch.Row> page = transactions.execute(status -> search.search(null, null, null,
                            null, PageRequest.of(pageNumber, 4, Sort.by(direction, sort.getKey()))));
                    List<String> found = new ArrayList<>();
                    page.getContent().forEach(r -> found.add(r.programId() + "/" + r.restrictionId()));
                    assertThat(found).as(sort.getKey() + " " + direction + ", page " + pageNumber)
                            .isNotEmpty().isEqualTo(expected);
                }
            }
        }
        // the renamed program shows its new title
        Page<FindingSearch.Row> byTitle = transactions.execute(status -> search.search(peru, null, null,
                renamed.programId(), PageRequest.of(0, 4, Sort.by("program"))));
        assertThat(byTitle.getContent()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.programTitle()).isEqualTo("Renamed program " + renamed.programId()));
    }
}
