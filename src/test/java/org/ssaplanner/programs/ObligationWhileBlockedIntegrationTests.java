package org.ssaplanner.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.TestUsers;
import org.ssaplanner.compliance.LeahyFixture;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Issue 13, item 3: recording an obligation on a program that a blocking finding holds asks for confirmation first
 * (a server-side step: the first POST saves nothing and names the finding), and the line saved with confirmation is
 * marked in the funding table with the finding it was obligated under.
 */
@SsaIntegrationTest
class ObligationWhileBlockedIntegrationTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProgramService programs;

    LeahyFixture leahy;
    long program;
    CurrentUser planner;

    @BeforeEach
    void aProgramBlockedByTheDodLeahyLaw() {
        leahy = new LeahyFixture(context, 1).credibleIncident();
        program = leahy.programs.get(0);
        planner = TestUsers.user(-50, "obligation-inl-planner", leahy.inl, Role.PLANNER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void anObligationOnABlockedProgramIsSavedOnlyWhenConfirmedAndIsMarked() throws Exception {
        String warned = mvc.perform(line("500000.00")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(warned).contains("data-testid=\"obligation-blocked-warning\"", "Nothing was saved",
                "10 U.S.C. 362 (DoD Leahy law: gross violations of human rights)", "name=\"confirmWhileBlocked\"",
                "value=\"500000.00\"");
        assertThat(lines()).isEmpty();

        mvc.perform(line("500000.00").param("confirmWhileBlocked", "true"))
                .andExpect(redirectedUrl("/programs/" + program + "#funding"))
                .andExpect(flash().attribute("flash", "funding.savedWhileBlocked"));
        assertThat(lines()).singleElement().satisfies(row -> {
            assertThat(row.get("obligated")).isEqualTo(new BigDecimal("500000.00"));
            assertThat((String) row.get("obligated_while_blocked_by")).startsWith("10 U.S.C. 362 (DoD Leahy law");
        });
        String page = mvc.perform(get("/programs/" + program).with(user(planner))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("data-testid=\"obligated-while-blocked\"",
                "Obligation recorded while blocked by 10 U.S.C. 362 (DoD Leahy law");
    }

    @Test
    void noConfirmationIsAskedWhenTheLineRecordsNoNewObligation() throws Exception {
        mvc.perform(line("0")).andExpect(redirectedUrl("/programs/" + program + "#funding"))
                .andExpect(flash().attribute("flash", "funding.saved"));
        assertThat(lines()).singleElement()
                .satisfies(row -> assertThat(row.get("obligated_while_blocked_by")).isNull());
    }

    @Test
    void theServiceRefusesAnUnconfirmedObligationOnABlockedProgram() {
        TestUsers.signIn(planner);
        FundingLineCommand line = new FundingLineCommand(2027, "SEC333", new BigDecimal("10.00"),
                new BigDecimal("10.00"), new BigDecimal("5.00"), BigDecimal.ZERO);
        assertThatThrownBy(() -> programs.saveFundingLine(program, line, false))
                .isInstanceOfSatisfying(ObligationWhileBlockedException.class,
                        e -> assertThat(e.findings()).anyMatch(f -> f.startsWith("10 U.S.C. 362")));
        assertThat(lines()).isEmpty();
        programs.saveFundingLine(program, line, true);
        assertThat(lines()).hasSize(1);
    }

    private MockHttpServletRequestBuilder line(String obligated) {
        return post("/programs/" + program + "/funding").with(user(planner)).with(csrf()).param("fiscalYear", "2027")
                .param("fundingAccount", "SEC333").param("requested", "900000.00").param("allocated", "800000.00")
                .param("obligated", obligated).param("disbursed", "0");
    }

    private List<Map<String, Object>> lines() {
        return jdbc.queryForList("select obligated, obligated_while_blocked_by from program_funding_line"
                + " where program_id = ?", program);
    }
}
