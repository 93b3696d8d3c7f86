package org.ssaplanner.programs.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.PlanningFixtures;
import org.ssaplanner.programs.ProgramCommandBuilder;
import org.ssaplanner.programs.ProgramDetailService;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.audit.HistoryEntry;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * The program history's collections read in bulk (one statement per audit table, issue 18) are, at every
 * revision, exactly what Envers reads for that revision with its own statement per collection.
 */
@SsaIntegrationTest
class ProgramHistoryCollectionsIntegrationTests {

    @Autowired
    UserAccountService users;

    @Autowired
    AgencyService agencies;

    @Autowired
    ReferenceDataService reference;

    @Autowired
    PlanService plans;

    @Autowired
    ProgramService programs;

    @Autowired
    ProgramDetailService programDetails;

    @Autowired
    ProgramHistoryCollections historyCollections;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void everyRevisionHasTheCollectionsEnversReadsForIt() {
        PlanningFixtures fixtures = new PlanningFixtures(users, agencies, reference, plans, programs);
        long inl = fixtures.agency("INL");
        long dsca = fixtures.agency("DSCA");
        long drl = fixtures.agency("DRL");
        long incle = fixtures.authority("INCLE");
        CurrentUser conductor = fixtures.user("INL", Role.PLANNER);
        long plan = fixtures.plan(conductor, "CO", Set.of(inl, dsca, drl));
        TestUsers.signIn(conductor);
        String title = PlanningFixtures.unique("History program ");
        long id = programs.create(plan, ProgramCommandBuilder.program(title, inl, incle).supporting(dsca).build());
        programs.saveFundingLine(id, new FundingLineCommand(2027, "INCLE", new BigDecimal("100.00"),
                new BigDecimal("90.00"), new BigDecimal("10.00"), BigDecimal.ZERO));
        programs.saveFundingLine(id, new FundingLineCommand(2028, "INCLE", new BigDecimal("200.00"),
                new BigDecimal("150.00"), BigDecimal.ZERO, BigDecimal.ZERO));
        programs.update(id, version(id), ProgramCommandBuilder.program(title, inl, incle).supporting(drl)
                .domains("MARITIME", "BORDER_SECURITY").category(ObjectiveCategory.OPERATIONAL).build());
        programs.saveFundingLine(id, new FundingLineCommand(2027, "INCLE", new BigDecimal("120.00"),
                new BigDecimal("90.00"), new BigDecimal("10.00"), BigDecimal.ZERO));
        programs.removeFundingLine(id, jdbc.queryForObject("select id from program_funding_line where program_id = ?"
                + " and fiscal_year = 2028", Long.class, id));
        programs.update(id, version(id), ProgramCommandBuilder.program(title, inl, incle).supporting(drl, dsca)
                .domains("BORDER_SECURITY").category(ObjectiveCategory.GOVERNANCE).build());

        transactions.executeWithoutResult(status -> {
            AuditReader reader = AuditReaderFactory.get(entityManager);
            List<Number> revisions = reader.getRevisions(Program.class, id);
            assertThat(revisions).hasSizeGreaterThanOrEqualTo(6);
            List<Program> restored = new ArrayList<>();
            List<Long> revs = new ArrayList<>();
            for (Number rev : revisions) {
                restored.add(reader.find(Program.class, id, rev));
                revs.add(rev.longValue());
            }
            historyCollections.restore(id, restored, revs);
            entityManager.clear();
            for (int i = 0; i < revisions.size(); i++) {
                Program envers = AuditReaderFactory.get(entityManager).find(Program.class, id, revisions.get(i));
                Program bulk = restored.get(i);
                assertThat(envers).isNotSameAs(bulk);
                assertThat(bulk.getSupportingAgencyIds()).as("rev %s", revisions.get(i))
                        .isEqualTo(envers.getSupportingAgencyIds());
                assertThat(bulk.getAuthorityIds()).isEqualTo(envers.getAuthorityIds());
                assertThat(bulk.getCapabilityDomainCodes()).isEqualTo(envers.getCapabilityDomainCodes());
                assertThat(bulk.getCategories()).isEqualTo(envers.getCategories());
                assertThat(bulk.getFundingLines().stream().map(FundingLine::describe).toList())
                        .as("funding lines at rev %s", revisions.get(i))
                        .isEqualTo(envers.getFundingLines().stream().map(FundingLine::describe).toList());
            }
            // the collections really changed along the history, so the comparison covers adds and removals
            assertThat(restored.get(0).getSupportingAgencyIds()).containsExactly(dsca);
            assertThat(restored.get(restored.size() - 1).getSupportingAgencyIds()).containsExactlyInAnyOrder(drl, dsca);
            assertThat(restored.get(restored.size() - 1).getFundingLines()).extracting(FundingLine::describe)
                    .containsExactly("FY2027 INCLE: 120.00 / 90.00 / 10.00 / 0.00");
        });

        List<HistoryEntry> history = programDetails.history(id);
        assertThat(history).anySatisfy(entry -> assertThat(entry.changes()).anySatisfy(change -> {
            assertThat(change.field()).startsWith("funding");
            assertThat(change.before()).contains("FY2028 INCLE: 200.00 / 150.00 / 0.00 / 0.00");
            assertThat(change.after()).doesNotContain("FY2028");
        }));
        assertThat(history).anySatisfy(entry -> assertThat(entry.changes()).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("supportingAgencies");
            assertThat(change.before()).isEqualTo("DSCA");
            assertThat(change.after()).isEqualTo("DRL");
        }));
    }

    private long version(long id) {
        return programDetails.get(id).version();
    }
}
