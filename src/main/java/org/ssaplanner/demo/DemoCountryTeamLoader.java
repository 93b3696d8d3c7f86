package org.ssaplanner.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.countryteam.CountryTeamService;
import org.ssaplanner.countryteam.MemberCommand;
import org.ssaplanner.countryteam.PostCommand;
import org.ssaplanner.countryteam.PostKind;
import org.ssaplanner.countryteam.TeamRole;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.BeforeServingRequests;
import org.ssaplanner.shared.database.EmbeddedPostgresServer;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Demo country teams (issue 14, section 3) for Colombia and the Philippines: posts and people by role, after the demo
 * plans ({@link DemoPlansLoader}), on a start whose database has no team yet. Names are role titles, contacts
 * addresses under the reserved {@code .example} domain: no real person's data. Some tours end within six months, so
 * the continuity flags show; the conductors' points of contact are named on the two plans.
 */
@Component
class DemoCountryTeamLoader extends BeforeServingRequests {

    private static final Logger log = LoggerFactory.getLogger(DemoCountryTeamLoader.class);

    private final CountryTeamService team;
    private final PlanService plans;
    private final AgencyService agencies;
    private final ReferenceDataService reference;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final boolean enabled;
    private final TransactionTemplate transaction;
    private Map<String, Long> agencyIds;

    DemoCountryTeamLoader(CountryTeamService team, PlanService plans, AgencyService agencies,
            ReferenceDataService reference, ObjectProvider<EmbeddedPostgresServer> embedded,
            @Value("${ssa.demo.enabled:true}") boolean enabled, PlatformTransactionManager transactionManager) {
        super(DEMO_DATA + 1);
        this.team = team;
        this.plans = plans;
        this.agencies = agencies;
        this.reference = reference;
        this.embedded = embedded;
        this.enabled = enabled;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    protected void runBeforeServing() {
        if (!enabled || embedded.getIfAvailable() == null) {
            return;
        }
        SystemAuthentication.run(() -> {
            if (!team.team("COL").members().isEmpty() || !team.team("PHL").members().isEmpty()) {
                return;
            }
            try {
                transaction.executeWithoutResult(status -> load());
                log.info("Demo data: loaded the country teams of Colombia and the Philippines.");
            } catch (RuntimeException e) {
                log.warn("Demo country teams could not be loaded: {}", e.toString());
            }
        });
    }

    void load() {
        agencyIds = agencies.tree().stream().collect(Collectors.toMap(AgencySummary::code, AgencySummary::id));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        long bogota = team.addPost("COL", new PostCommand(PostKind.EMBASSY, "US Embassy Bogotá (demo)", "Bogotá",
                agency("DOS")));
        long scoBogota = team.addPost("COL", new PostCommand(PostKind.SECURITY_COOPERATION_OFFICE,
                "Security Cooperation Office Bogotá (demo)", "Bogotá", agency("SCO")));
        long cartagena = team.addPost("COL", new PostCommand(PostKind.ATTACHE_OFFICE,
                "Coast Guard liaison office Cartagena (demo)", "Cartagena", agency("USCG")));
        List<Long> colombia = new ArrayList<>();
        colombia.add(member("COL", TeamRole.CHIEF_OF_MISSION, "Ambassador (demo role)", "DOS", bogota,
                "front-office@bogota.embassy.example", today.minusYears(1), today.plusYears(2)));
        member("COL", TeamRole.DEPUTY_CHIEF_OF_MISSION, "Deputy Chief of Mission (demo role)", "DOS", bogota,
                "dcm@bogota.embassy.example", today.minusYears(2).minusMonths(8), today.plusMonths(4));
        colombia.add(member("COL", TeamRole.INL_SECTION, "INL Section Director (demo role)", "INL", bogota,
                "inl@bogota.embassy.example", today.minusMonths(10), today.plusYears(2)));
        colombia.add(member("COL", TeamRole.SECURITY_COOPERATION_CHIEF, "SCO Chief (demo role)", "SCO", scoBogota,
                "sco-chief@bogota.embassy.example", today.minusYears(1).minusMonths(6), today.plusMonths(5)));
        member("COL", TeamRole.DEFENSE_ATTACHE, "Senior Defense Official / Defense Attaché (demo role)", "DOD",
                scoBogota, "dao@bogota.embassy.example", today.minusMonths(6), today.plusYears(2).plusMonths(6));
        member("COL", TeamRole.LEGAL_ATTACHE, "Legal Attaché (demo role)", "FBI", bogota,
                "legat@bogota.embassy.example", today.minusYears(1), today.plusYears(1).plusMonths(6));
        member("COL", TeamRole.OTHER, "Resident Legal Advisor (demo role)", "OPDAT", bogota,
                "rla@bogota.embassy.example", today.minusMonths(3), today.plusYears(2));
        member("COL", TeamRole.DHS_ATTACHE, "Coast Guard Liaison Officer (demo role)", "USCG", cartagena,
                "uscg-liaison@cartagena.embassy.example", today.minusYears(1), today.plusYears(1));
        member("COL", TeamRole.IMPLEMENTING_PARTNER_LEAD, "Implementing partner chief of party (demo role)", "INL",
                null, "chief-of-party@partner.example", today.minusMonths(14), today.plusMonths(22));

        long manila = team.addPost("PHL", new PostCommand(PostKind.EMBASSY, "US Embassy Manila (demo)", "Manila",
                agency("DOS")));
        long jusmag = team.addPost("PHL", new PostCommand(PostKind.SECURITY_COOPERATION_OFFICE,
                "Joint US Military Assistance Group (demo)", "Manila", agency("SCO")));
        List<Long> philippines = new ArrayList<>();
        member("PHL", TeamRole.CHIEF_OF_MISSION, "Ambassador (demo role)", "DOS", manila,
                "front-office@manila.embassy.example", today.minusMonths(20), today.plusMonths(16));
        philippines.add(member("PHL", TeamRole.DEPUTY_CHIEF_OF_MISSION, "Deputy Chief of Mission (demo role)", "DOS",
                manila, "dcm@manila.embassy.example", today.minusYears(1), today.plusYears(1).plusMonths(6)));
        philippines.add(member("PHL", TeamRole.SECURITY_COOPERATION_CHIEF, "JUSMAG Chief (demo role)", "SCO", jusmag,
                "jusmag-chief@manila.embassy.example", today.minusYears(2), today.plusMonths(3)));
        philippines.add(member("PHL", TeamRole.DEFENSE_ATTACHE, "Defense Attaché (demo role)", "DOD", manila,
                "dao@manila.embassy.example", today.minusMonths(8), today.plusYears(2)));
        member("PHL", TeamRole.DHS_ATTACHE, "Coast Guard Attaché (demo role)", "USCG", manila,
                "uscg@manila.embassy.example", today.minusMonths(5), today.plusYears(2).plusMonths(6));
        member("PHL", TeamRole.TREASURY_ATTACHE, "Treasury Attaché (demo role)", "TREAS", manila,
                "treasury@manila.embassy.example", today.minusYears(1), today.plusYears(1));
        member("PHL", TeamRole.LEGAL_ATTACHE, "Legal Attaché (demo role)", "FBI", manila,
                "legat@manila.embassy.example", today.minusMonths(2), today.plusYears(3));

        namePointsOfContact("CO", colombia);
        namePointsOfContact("PH", philippines);
    }

    private long member(String iso3, TeamRole role, String name, String agencyCode, Long postId, String contact,
            LocalDate tourStart, LocalDate tourEnd) {
        return team.addMember(iso3, new MemberCommand(role, name, agency(agencyCode), postId, contact, tourStart,
                tourEnd));
    }

    private long agency(String code) {
        Long id = agencyIds.get(code);
        if (id == null) {
            throw new IllegalStateException("demo agency " + code + " is missing");
        }
        return id;
    }

    /** On the demo plan of the country (the first one), when there is one. */
    private void namePointsOfContact(String alpha2, List<Long> members) {
        long country = reference.countryByCode(alpha2).orElseThrow().id();
        plans.search(new PlanFilter(country, null, null, null, null), PageRequest.of(0, 1)).stream()
                .map(PlanSummary::id).findFirst().ifPresent(plan -> team.namePointsOfContact(plan, members));
    }
}
