package org.ssaplanner.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.BeforeServingRequests;
import org.ssaplanner.shared.database.EmbeddedPostgresServer;
import org.ssaplanner.shared.security.SystemAuthentication;
import org.ssaplanner.workforce.AreaView;
import org.ssaplanner.workforce.AssignmentCommand;
import org.ssaplanner.workforce.AssignmentRole;
import org.ssaplanner.workforce.AssignmentService;
import org.ssaplanner.workforce.CertificationCommand;
import org.ssaplanner.workforce.CertificationFrameworkService;
import org.ssaplanner.workforce.LevelView;
import org.ssaplanner.workforce.PersonCommand;
import org.ssaplanner.workforce.PositionCommand;
import org.ssaplanner.workforce.PostType;
import org.ssaplanner.workforce.ProgramRef;
import org.ssaplanner.workforce.WorkforceCategory;
import org.ssaplanner.workforce.WorkforceService;
import org.ssaplanner.workforce.WorkloadCommand;

/**
 * Demo workforce (issue 16) for the demo plans of Colombia, the Philippines and Ghana: people, positions, the
 * workload of each program and assignments, after the demo plans, on a start whose database has no person yet. No
 * public dataset of this workforce exists: every name is invented and marked (demo), contacts use the reserved
 * {@code .example} domain. Colombia's plan shows at once a shortfall, a person over 1.0 FTE and a certification
 * that expires within the plan's years.
 */
@Component
class DemoWorkforceLoader extends BeforeServingRequests {

    private static final Logger log = LoggerFactory.getLogger(DemoWorkforceLoader.class);

    private final WorkforceService workforce;
    private final AssignmentService assignments;
    private final CertificationFrameworkService framework;
    private final PlanService plans;
    private final AgencyService agencies;
    private final ReferenceDataService reference;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final boolean enabled;
    private final TransactionTemplate transaction;

    DemoWorkforceLoader(WorkforceService workforce, AssignmentService assignments,
            CertificationFrameworkService framework, PlanService plans, AgencyService agencies,
            ReferenceDataService reference, ObjectProvider<EmbeddedPostgresServer> embedded,
            @Value("${ssa.demo.enabled:true}") boolean enabled, PlatformTransactionManager transactionManager) {
        super(DEMO_DATA + 2);
        this.workforce = workforce;
        this.assignments = assignments;
        this.framework = framework;
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
            if (workforce.people(null, null, PageRequest.of(0, 1)).getTotalElements() > 0) {
                return;
            }
            try {
                transaction.executeWithoutResult(status -> load());
                log.info("Demo data: loaded the workforce of the demo plans (invented people, marked demo).");
            } catch (RuntimeException e) {
                log.warn("Demo workforce could not be loaded: {}", e.toString());
            }
        });
    }

    void load() {
        Map<String, Long> agency = agencies.tree().stream()
                .collect(Collectors.toMap(AgencySummary::code, AgencySummary::id));
        Map<String, Long> level = framework.levels().stream().filter(l -> l.scheme().equals("DOD_SCW"))
                .collect(Collectors.toMap(LevelView::code, LevelView::id));
        long programManagement = framework.areas().stream().filter(a -> a.code().equals("PROGRAM_MANAGEMENT"))
                .map(AreaView::id).findFirst().orElseThrow();
        long evaluation = framework.areas().stream().filter(a -> a.code().equals("AME"))
                .map(AreaView::id).findFirst().orElseThrow();

        Long colombia = demoPlan("CO", "Colombia:");
        if (colombia != null) {
            PlanContext plan = plans.context(colombia);
            int fy = plan.startFiscalYear();
            long manager = person("Program manager (demo person) Bogotá", agency.get("INL"),
                    WorkforceCategory.FOREIGN_SERVICE, "inl-pm@bogota.embassy.example");
            // expires within the plan's years: the expiring-certification flag
            workforce.addCertification(manager, new CertificationCommand(programManagement, level.get("PRACTITIONER"),
                    LocalDate.of(fy - 3, 11, 1), LocalDate.of(fy, 6, 30)));
            long evaluator = person("M&E specialist (demo person) Bogotá", agency.get("INL"),
                    WorkforceCategory.CONTRACTOR, "inl-me@bogota.embassy.example");
            workforce.addCertification(evaluator, new CertificationCommand(evaluation, level.get("EXPERT"),
                    LocalDate.of(fy - 2, 3, 1), null));
            long scoOfficer = person("Security cooperation officer (demo person)", agency.get("SCO"),
                    WorkforceCategory.MILITARY, "sco-officer@bogota.embassy.example");
            workforce.addPosition(new PositionCommand("INL program manager (demo)", agency.get("INL"),
                    PostType.EMBASSY_SECTION, "US Embassy Bogotá", country("CO"), WorkforceCategory.FOREIGN_SERVICE,
                    programManagement, level.get("EXPERT"), true, manager, LocalDate.of(fy - 2, 8, 1), null));
            long evaluationOfficer = workforce.addPosition(new PositionCommand("INL evaluation officer (demo)",
                    agency.get("INL"),
                    PostType.EMBASSY_SECTION, "US Embassy Bogotá", country("CO"), WorkforceCategory.CIVIL_SERVICE,
                    evaluation, level.get("PRACTITIONER"), true, null, null, null));
            List<ProgramRef> programs = assignments.programs(colombia);
            for (int i = 0; i < programs.size(); i++) {
                long program = programs.get(i).id();
                assignments.setWorkload(colombia, program, -1, new WorkloadCommand(new BigDecimal("0.50"),
                        new BigDecimal("1.00"), new BigDecimal("0.25"), new BigDecimal("0.25"), level.get("EXPERT")));
                // the same manager on every program, and implementing the first too: over 1.0 FTE in the year
                assign(colombia, manager, program, fy, AssignmentRole.MANAGER, "0.45");
                if (i == 0) {
                    assign(colombia, manager, program, fy, AssignmentRole.IMPLEMENTER, "0.60");
                    assign(colombia, evaluator, program, fy, AssignmentRole.EVALUATOR, "0.25");
                    assign(colombia, scoOfficer, program, fy, AssignmentRole.IMPLEMENTER, "0.40");
                } else if (i == 1) {
                    // work given to the vacant evaluation officer's position: nobody carries it, a shortfall
                    assignments.assign(colombia, AssignmentCommand.ofPosition(evaluationOfficer, program, fy,
                            AssignmentRole.EVALUATOR, new BigDecimal("0.25")));
                }
            }
        }
        Long philippines = demoPlan("PH", "Philippines:");
        if (philippines != null) {
            int fy = plans.context(philippines).startFiscalYear();
            long officer = person("Maritime security advisor (demo person) Manila", agency.get("USCG"),
                    WorkforceCategory.MILITARY, "uscg-advisor@manila.embassy.example");
            workforce.addCertification(officer, new CertificationCommand(programManagement, level.get("EXPERT"),
                    LocalDate.of(fy - 2, 1, 15), null));
            workforce.addPosition(new PositionCommand("JUSMAG maritime advisor (demo)", agency.get("SCO"),
                    PostType.SECURITY_COOPERATION_OFFICE, "JUSMAG Manila", country("PH"), WorkforceCategory.MILITARY,
                    programManagement, level.get("EXPERT"), true, null, null, null));
            List<ProgramRef> programs = assignments.programs(philippines);
            if (!programs.isEmpty()) {
                assignments.setWorkload(philippines, programs.get(0).id(), -1, new WorkloadCommand(BigDecimal.ONE,
                        BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("0.25"), level.get("PRACTITIONER")));
                assign(philippines, officer, programs.get(0).id(), fy, AssignmentRole.MANAGER, "0.50");
            }
        }
        Long ghana = demoPlan("GH", "Ghana:");
        if (ghana != null) {
            person("Peacekeeping training coordinator (demo person) Accra", agency.get("DOS"),
                    WorkforceCategory.CIVIL_SERVICE, "pko@accra.embassy.example");
            workforce.addPosition(new PositionCommand("Peacekeeping program officer (demo)", agency.get("DOS"),
                    PostType.EMBASSY_SECTION, "US Embassy Accra", country("GH"), WorkforceCategory.CIVIL_SERVICE,
                    null, null, true, null, null, null));
        }
    }

    private long person(String name, long agencyId, WorkforceCategory category, String contact) {
        return workforce.addPerson(new PersonCommand(name, agencyId, category, null, null, contact,
                "Invented for the demo: no real person's data."));
    }

    private void assign(long plan, long person, long program, int fy, AssignmentRole role, String fte) {
        assignments.assign(plan, new AssignmentCommand(person, program, fy, role, new BigDecimal(fte)));
    }

    private Long country(String alpha2) {
        return reference.countryByCode(alpha2).orElseThrow().id();
    }

    /** The demo plan of the country (its title starts with the country's name), or null. */
    private Long demoPlan(String alpha2, String titlePrefix) {
        long country = country(alpha2);
        // every page of the country's plans: a database with many plans of the country has the demo plan further on
        for (int page = 0;; page++) {
            var found = plans.search(new PlanFilter(country, null, null, null, null), PageRequest.of(page, 100));
            var demo = found.stream().filter(p -> p.title().startsWith(titlePrefix)).map(PlanSummary::id).findFirst();
            if (demo.isPresent() || found.getContent().size() < 100) {
                return demo.orElse(null);
            }
        }
    }
}
