package org.ssaplanner.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.SsaIntegrationTest;
import org.ssaplanner.countryteam.CountryTeam;
import org.ssaplanner.countryteam.CountryTeamService;
import org.ssaplanner.countryteam.MemberView;
import org.ssaplanner.countryteam.TeamRole;
import org.ssaplanner.shared.security.SystemAuthentication;

/** The demo country teams load through the country team's rules (rolled back: other tests share the database). */
@SsaIntegrationTest
class DemoCountryTeamLoaderIntegrationTests {

    @Autowired
    DemoCountryTeamLoader loader;
    @Autowired
    CountryTeamService team;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void colombiaAndThePhilippinesGetAPlausibleTeamWithToursToWatch() {
        SystemAuthentication.run(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            loader.load();
            CountryTeam colombia = team.team("COL");
            assertThat(colombia.members()).extracting(MemberView::role).contains(TeamRole.CHIEF_OF_MISSION,
                    TeamRole.DEPUTY_CHIEF_OF_MISSION, TeamRole.SECURITY_COOPERATION_CHIEF, TeamRole.DEFENSE_ATTACHE,
                    TeamRole.INL_SECTION, TeamRole.LEGAL_ATTACHE, TeamRole.DHS_ATTACHE,
                    TeamRole.IMPLEMENTING_PARTNER_LEAD);
            assertThat(colombia.posts()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(colombia.flaggedTours()).isNotEmpty();
            CountryTeam philippines = team.team("PHL");
            assertThat(philippines.members()).extracting(MemberView::role).contains(TeamRole.TREASURY_ATTACHE,
                    TeamRole.SECURITY_COOPERATION_CHIEF);
            // no real person: role titles and addresses under the reserved .example domain
            assertThat(philippines.members()).allSatisfy(m -> {
                assertThat(m.name()).contains("(demo role)");
                assertThat(m.contact()).endsWith(".example");
            });
        }));
    }
}
