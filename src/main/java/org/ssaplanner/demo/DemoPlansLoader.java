package org.ssaplanner.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserCommand;
import org.ssaplanner.accounts.UserRef;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverDecisionCommand;
import org.ssaplanner.authorities.WaiverKind;
import org.ssaplanner.authorities.WaiverRequestCommand;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.concurrence.AnswerCommand;
import org.ssaplanner.concurrence.ConcurrenceAnswer;
import org.ssaplanner.concurrence.ConcurrenceService;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.plans.ObjectiveCommand;
import org.ssaplanner.plans.OutcomeCommand;
import org.ssaplanner.plans.PlanAction;
import org.ssaplanner.plans.PlanCommand;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.AuthorityOption;
import org.ssaplanner.programs.FundingLineCommand;
import org.ssaplanner.programs.Horizon;
import org.ssaplanner.programs.Level;
import org.ssaplanner.programs.ProgramAction;
import org.ssaplanner.programs.ProgramCommand;
import org.ssaplanner.programs.ProgramService;
import org.ssaplanner.programs.ProgramStatusService;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.BeforeServingRequests;
import org.ssaplanner.shared.database.EmbeddedPostgresServer;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Demo workspace: in embedded mode with {@code ssa.demo.enabled=true}, on the first start (no plan
 * yet) loads three sample country plans (Colombia, Philippines, Ghana) with fictional content under
 * the real legal authorities. Runs after the accounts are created ({@code InitialAccountsCreator}) and
 * before the web server takes requests; the demo user "planner" conducts the Colombia plan. Two more planner accounts are
 * created as conductors of the other plans (random passwords, not shown: reset them to use them).
 * Concurrence (issue 14): the demo {@code evaluator} is the concurrence official of DSCA; officials of the other
 * agencies are created (random passwords, not shown). The Philippines plan is in review with PM concurred and the
 * other agencies (DSCA among them) awaited; every agency of the Ghana plan concurred before it was approved.
 */
@Component
class DemoPlansLoader extends BeforeServingRequests {

    private static final Logger log = LoggerFactory.getLogger(DemoPlansLoader.class);

    private final PlanService plans;
    private final ProgramService programs;
    private final ProgramStatusService programStatus;
    private final UserAccountService users;
    private final AgencyService agencies;
    private final ReferenceDataService reference;
    private final PartnerUnitService units;
    private final RestrictionService restrictions;
    private final WaiverService waivers;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final boolean enabled;
    private final TransactionTemplate transaction;
    private final ConcurrenceService concurrence;

    private Map<String, Long> agencyIds;
    private Map<String, Long> authorityIds;
    private final Map<String, Long> officialIds = new HashMap<>();

    DemoPlansLoader(PlanService plans, ProgramService programs, ProgramStatusService programStatus,
            UserAccountService users, AgencyService agencies,
            ReferenceDataService reference, PartnerUnitService units, RestrictionService restrictions,
            WaiverService waivers, ObjectProvider<EmbeddedPostgresServer> embedded,
            @Value("${ssa.demo.enabled:true}") boolean enabled,
            PlatformTransactionManager transactionManager, ConcurrenceService concurrence) {
        super(DEMO_DATA);
        this.concurrence = concurrence;
        this.transaction = new TransactionTemplate(transactionManager);
        this.plans = plans;
        this.programs = programs;
        this.programStatus = programStatus;
        this.users = users;
        this.agencies = agencies;
        this.reference = reference;
        this.units = units;
        this.restrictions = restrictions;
        this.waivers = waivers;
        this.embedded = embedded;
        this.enabled = enabled;
    }

    @Override
    protected void runBeforeServing() {
        if (!enabled || embedded.getIfAvailable() == null) {
            return;
        }
        SystemAuthentication.run(() -> {
            if (plans.count() > 0) {
                return;
            }
            try {
                transaction.executeWithoutResult(status -> load());
                log.info("Demo data: loaded sample country plans for Colombia, the Philippines and Ghana.");
            } catch (RuntimeException e) {
                log.warn("Demo data could not be loaded: {}", e.toString());
            }
        });
    }

    void load() {
        agencyIds = agencies.tree().stream().collect(Collectors.toMap(AgencySummary::code, AgencySummary::id));
        authorityIds = programs.authorityOptions().stream()
                .collect(Collectors.toMap(AuthorityOption::shortName, AuthorityOption::id));
        long planner = planner("planner", null, null);
        long scoPlanner = planner("sco.planner", "Demo Conductor (Security Cooperation Office)", "SCO");
        long ctPlanner = planner("ct.planner", "Demo Conductor (Counterterrorism Bureau)", "CT");
        officials();
        colombia(planner);
        philippines(scoPlanner);
        ghana(ctPlanner);
    }

    private void colombia(long conductor) {
        long country = country("CO");
        long plan = plans.create(new PlanCommand(country, "Colombia: citizen security and rule of law on the Pacific coast",
                2027, 2029, "Criminal organizations no longer control the Pacific ports of Tumaco and Buenaventura; "
                        + "cases against their leaders reach verdicts; communities trust the police and courts.",
                conductor, agencies("INL", "OPDAT", "USCG", "DSCA", "SCO")));
        long justice = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE,
                "Justice institutions resolve organized-crime cases in the Pacific departments", null));
        long interdiction = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.OPERATIONAL,
                "Colombian maritime forces interdict drug shipments along the Pacific coast", null));
        plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.TRANSACTIONAL,
                "Colombia remains the region's preferred US security partner", null));
        long verdicts = plans.addOutcome(plan, justice, new OutcomeCommand(
                "Prosecutors in Tumaco and Buenaventura carry cases from arrest to verdict", null));
        long patrols = plans.addOutcome(plan, interdiction, new OutcomeCommand(
                "Pacific coast guard stations sustain round-the-clock patrols", null));
        long taskForce = program(plan, "Prosecutor mentoring for the Pacific organized-crime task force",
                "Resident legal advisors mentor prosecutors and judicial police on case building and trial advocacy.",
                "OPDAT", Set.of("INL"), Set.of("INCLE"), "JUSTICE_SECTOR", country, "Pacific Organized-Crime Task Force (Attorney General)",
                "JUSTICE", Set.of("GOVERNANCE_RULE_OF_LAW", "COUNTERNARCOTICS"), ObjectiveCategory.GOVERNANCE,
                Horizon.STRATEGIC, Level.HIGH, Level.MEDIUM, true);
        funding(taskForce, 2027, "INCLE", "2400000", "2200000", "1500000", "900000");
        funding(taskForce, 2028, "INCLE", "2600000", "0", "0", "0");
        long boats = program(plan, "Interceptor boat maintenance and crew training, Pacific stations",
                "Maintenance contracts, spare parts and crew training for interceptor boats at Tumaco and Buenaventura.",
                "INL", Set.of("USCG"), Set.of("INCLE"), "TRAINING", country, "Pacific Coast Guard Station Tumaco",
                "COAST_GUARD", Set.of("MARITIME", "COUNTERNARCOTICS"), ObjectiveCategory.OPERATIONAL,
                Horizon.TACTICAL, Level.HIGH, Level.LOW, true);
        funding(boats, 2027, "INCLE", "3100000", "3000000", "2800000", "2100000");
        funding(boats, 2028, "INCLE", "3100000", "3000000", "0", "0");
        program(plan, "Maritime patrol aircraft financing",
                "Financing toward the Colombian Navy's purchase of a maritime patrol aircraft.", "DSCA", Set.of("SCO"),
                Set.of("FMF"), "FINANCING", country, "Colombian Navy Pacific Naval Force", "MILITARY",
                Set.of("MARITIME"), ObjectiveCategory.TRANSACTIONAL, Horizon.STRATEGIC, Level.MEDIUM, Level.MEDIUM, false);
        plans.linkProgram(plan, verdicts, taskForce);
        plans.linkProgram(plan, patrols, boats);
    }

    private void philippines(long conductor) {
        long country = country("PH");
        long plan = plans.create(new PlanCommand(country, "Philippines: maritime domain awareness and defense institutions",
                2027, 2030, "The Philippines sees and responds to activity in its exclusive economic zone, and its "
                        + "defense ministry plans, budgets and sustains its forces on its own.",
                conductor, agencies("SCO", "DSCA", "INDOPACOM", "USCG", "PM")));
        long mda = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.OPERATIONAL,
                "Persistent maritime domain awareness in the West Philippine Sea", null));
        long dib = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.GOVERNANCE,
                "A defense ministry that plans and sustains its capabilities", null));
        long picture = plans.addOutcome(plan, mda, new OutcomeCommand(
                "A shared recognized maritime picture between navy and coast guard", null));
        long budgets = plans.addOutcome(plan, dib, new OutcomeCommand(
                "Sustainment costs appear in the defense budget before equipment arrives", null));
        plans.addOutcome(plan, dib, new OutcomeCommand("Professional officers educated in civil-military relations", null));
        long radar = program(plan, "Coastal radar network sustainment and operator training",
                "Operator and maintainer training for the coastal radar network, with spare parts for three years.",
                "SCO", Set.of("INDOPACOM"), Set.of("SEC333"), "TRAINING", country, "Philippine Navy Littoral Monitoring Group",
                "MILITARY", Set.of("MARITIME"), ObjectiveCategory.OPERATIONAL, Horizon.STRATEGIC, Level.HIGH, Level.MEDIUM,
                true);
        funding(radar, 2027, "Defense Security Cooperation Agency O&M", "5200000", "5000000", "4100000", "2500000");
        funding(radar, 2028, "Defense Security Cooperation Agency O&M", "4800000", "4500000", "0", "0");
        long advisors = program(plan, "Defense resource management advisors",
                "Ministry advisors on multi-year planning, budgeting and life-cycle costing.", "DSCA", Set.of(),
                Set.of("SEC332"), "INSTITUTION_BUILDING", country, "Department of National Defense", "MINISTRY",
                Set.of("DEFENSE_INSTITUTION_BUILDING"), ObjectiveCategory.GOVERNANCE, Horizon.STRATEGIC, Level.MEDIUM,
                Level.LOW, true);
        funding(advisors, 2027, "Defense Security Cooperation Agency O&M", "900000", "900000", "600000", "300000");
        long imet = program(plan, "Professional military education for mid-grade officers",
                "IMET seats at US staff colleges for navy and air force officers.", "PM", Set.of("DSCA"), Set.of("IMET"),
                "EDUCATION", country, "Armed Forces of the Philippines Command and General Staff College", "MILITARY",
                Set.of("DEFENSE_INSTITUTION_BUILDING"), ObjectiveCategory.TRANSACTIONAL, Horizon.STRATEGIC, Level.MEDIUM,
                Level.LOW, false);
        funding(imet, 2027, "IMET", "1800000", "1700000", "1700000", "800000");
        plans.linkProgram(plan, picture, radar);
        plans.linkProgram(plan, budgets, advisors);
        plans.submit(plan, LocalDate.now(ZoneOffset.UTC).plusDays(21));
        concur(plan, "PM", ConcurrenceAnswer.CONCUR, null);
    }

    private void ghana(long conductor) {
        long country = country("GH");
        long plan = plans.create(new PlanCommand(country, "Ghana: preventing the spread of violent extremism to the coast",
                2027, 2028, "Northern border communities report threats to police who respond lawfully; Ghana keeps "
                        + "contributing trained units to UN peacekeeping.",
                conductor, agencies("CT", "PM", "AFRICOM")));
        long border = plans.addObjective(plan, new ObjectiveCommand(ObjectiveCategory.OPERATIONAL,
                "Police detect and investigate terrorist activity in the northern border regions", null));
        long investigations = plans.addOutcome(plan, border, new OutcomeCommand(
                "Border police units open and hand over terrorism investigations to prosecutors", null));
        long ata = program(plan, "Border police counterterrorism investigations course",
                "Antiterrorism Assistance courses on crime-scene work and investigations for northern border police.",
                "CT", Set.of(), Set.of("ATA"), "TRAINING", country, "Ghana Police Service Northern Border Unit", "POLICE",
                Set.of("COUNTERTERRORISM", "BORDER_SECURITY"), ObjectiveCategory.OPERATIONAL, Horizon.TACTICAL,
                Level.HIGH, Level.HIGH, true);
        funding(ata, 2027, "Nonproliferation, Anti-terrorism, Demining and Related Programs (NADR)", "1200000",
                "1200000", "1000000", "400000");
        long pko = program(plan, "Peacekeeping pre-deployment training",
                "Pre-deployment training and equipment for a Ghanaian infantry battalion.", "PM", Set.of("AFRICOM"),
                Set.of("PKO"), "TRAINING", country, "Ghana Armed Forces 6th Infantry Battalion", "MILITARY",
                Set.of("PEACEKEEPING"), ObjectiveCategory.OPERATIONAL, Horizon.TACTICAL, Level.MEDIUM, Level.LOW, true);
        funding(pko, 2027, "Peacekeeping Operations (PKO)", "2000000", "1900000", "1900000", "1500000");
        plans.linkProgram(plan, investigations, ata);
        plans.submit(plan, LocalDate.now(ZoneOffset.UTC).plusDays(14));
        concur(plan, "CT", ConcurrenceAnswer.CONCUR, null);
        concur(plan, "PM", ConcurrenceAnswer.CONCUR_WITH_COMMENTS, "The peacekeeping training must keep its Leahy "
                + "vetting of the battalion current before each rotation.");
        concur(plan, "AFRICOM", ConcurrenceAnswer.CONCUR, null);
        plans.transition(plan, PlanAction.APPROVE);
    }

    /** Invented people (marked demo); the pages add the agency to an official's name. */
    private static final Map<String, String> OFFICIAL_NAMES = Map.of("SCO", "Dana Reyes (demo)", "PM",
            "Sam Okafor (demo)", "INDOPACOM", "Lee Tanaka (demo)", "USCG", "Chris Alvarez (demo)", "CT",
            "Jordan Mensah (demo)", "AFRICOM", "Robin Adeyemi (demo)");

    /** Concurrence officials: the demo evaluator for DSCA, and one new account for each other agency of the plans. */
    private void officials() {
        users.activeUsersWithRole(Role.EVALUATOR).stream().filter(u -> u.username().equals("evaluator")).findFirst()
                .ifPresent(evaluator -> users.setConcurrenceOfficial(evaluator.id(), true));
        for (String code : List.of("SCO", "PM", "INDOPACOM", "USCG", "CT", "AFRICOM")) {
            if (agencyIds.containsKey(code)) {
                String username = code.toLowerCase() + ".official";
                long id = users.create(new UserCommand(username, OFFICIAL_NAMES.get(code), null,
                        "Concurrence official", agencyIds.get(code), Set.of(Role.PLANNER))).id();
                users.setConcurrenceOfficial(id, true);
                officialIds.put(code, id);
            }
        }
    }

    /** The answer of the agency's demo official, given as that official. */
    private void concur(long plan, String agencyCode, ConcurrenceAnswer answer, String comments) {
        Long official = officialIds.get(agencyCode);
        if (official == null) {
            return;
        }
        long agency = agencyIds.get(agencyCode);
        SecurityContext previous = SecurityContextHolder.getContext();
        CurrentUser user = new CurrentUser(official, agencyCode.toLowerCase() + ".official", null,
                OFFICIAL_NAMES.get(agencyCode), agency, Set.of(Role.PLANNER), true, null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            long version = concurrence.panel(plan).requests().stream().filter(r -> r.agencyId() == agency)
                    .findFirst().orElseThrow().version();
            concurrence.answer(plan, new AnswerCommand(agency, version, answer, comments, Set.of(), Set.of()));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private long program(long plan, String title, String description, String lead, Set<String> supporting,
            Set<String> authorities, String assistanceType, long country, String unitName, String forceType,
            Set<String> domains, ObjectiveCategory primary, Horizon horizon, Level priority, Level risk,
            boolean activate) {
        Long unitId = units.unitsOfCountry(country).stream().filter(u -> u.name().equalsIgnoreCase(unitName))
                .map(PartnerUnitSummary::id).findFirst().orElse(null);
        ProgramCommand.NewUnit newUnit = unitId == null ? new ProgramCommand.NewUnit(unitName, forceType) : null;
        long id = programs.create(plan, new ProgramCommand(title, description, agencyIds.get(lead),
                supporting.stream().map(agencyIds::get).collect(Collectors.toSet()),
                authorities.stream().map(authorityIds::get).collect(Collectors.toSet()), assistanceType, unitId, newUnit,
                forceType, domains, EnumSet.of(primary), primary, horizon, priority, risk, LocalDate.of(2026, 10, 1),
                LocalDate.of(2029, 9, 30), activate ? "The unit has trained maintainers and a budget line for "
                        + "consumables; turnover of trained staff is the main risk." : null,
                activate ? Level.MEDIUM : null, activate ? "Partner ministry, from its own budget after year three" : null,
                activate ? new BigDecimal("250000.00") : null));
        if (activate) {
            if ("POLICE".equals(forceType)) {
                waivePoliceProhibition(id, title);
            }
            programStatus.transition(id, ProgramAction.ACTIVATE);
        }
        return id;
    }

    /** Police assistance under FAA funds needs a waiver of FAA s.660 before it can become active. */
    private void waivePoliceProhibition(long program, String title) {
        long faa660 = restrictions.all().stream().filter(r -> r.code().equals("FAA_660")).findFirst().orElseThrow().id();
        long waiver = waivers.request(new WaiverRequestCommand(program, faa660, WaiverKind.WAIVER, null,
                "Demo: " + title + " trains police investigators; notwithstanding authority in the annual "
                        + "appropriations act."));
        waivers.approve(waiver, waivers.get(waiver).version(), new WaiverDecisionCommand("Demo Official",
                "Under Secretary for Civilian Security, Democracy, and Human Rights", LocalDate.of(2026, 10, 1),
                LocalDate.of(2029, 9, 30), null));
    }

    private void funding(long program, int fiscalYear, String account, String requested, String allocated,
            String obligated, String disbursed) {
        programs.saveFundingLine(program, new FundingLineCommand(fiscalYear, account, new BigDecimal(requested),
                new BigDecimal(allocated), new BigDecimal(obligated), new BigDecimal(disbursed)));
    }

    private long planner(String username, String fullName, String agencyCode) {
        List<UserRef> planners = users.activeUsersWithRole(Role.PLANNER);
        Map<String, UserRef> byName = planners.stream().collect(Collectors.toMap(UserRef::username, Function.identity()));
        if (byName.containsKey(username)) {
            return byName.get(username).id();
        }
        if (fullName == null) {
            throw new IllegalStateException("demo user " + username + " is missing");
        }
        return users.create(new UserCommand(username, fullName, null, "Demo conductor", agencyIds.get(agencyCode),
                Set.of(Role.PLANNER))).id();
    }

    private Set<Long> agencies(String... codes) {
        return Arrays.stream(codes).map(agencyIds::get).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private long country(String alpha2) {
        return reference.countryByCode(alpha2).orElseThrow().id();
    }
}
