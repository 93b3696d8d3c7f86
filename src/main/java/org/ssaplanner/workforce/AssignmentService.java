package org.ssaplanner.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.agencies.AgencySummary;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.workforce.domain.Assignment;
import org.ssaplanner.workforce.domain.AssignmentRepository;
import org.ssaplanner.workforce.domain.CertificationLevelRepository;
import org.ssaplanner.workforce.domain.PersonRepository;
import org.ssaplanner.workforce.domain.Position;
import org.ssaplanner.workforce.domain.PositionRepository;
import org.ssaplanner.workforce.domain.ProgramWorkload;
import org.ssaplanner.workforce.domain.ProgramWorkloadRepository;

/**
 * Assignments of people to a plan's programs and the workload the programs need (issue 16, item 4).
 * Administrators and planners of the person's agency assign them; whoever may edit a program states its workload.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentService {

    private static final BigDecimal MAX_WORKLOAD = new BigDecimal("20");

    private final AssignmentRepository assignments;
    private final ProgramWorkloadRepository workloads;
    private final PersonRepository people;
    private final PositionRepository positions;
    private final CertificationLevelRepository levels;
    private final PlanService plans;
    private final AssignmentReads reads;
    private final NamedParameterJdbcTemplate jdbc;
    private final WorkforcePermissions permissions;
    private final AgencyService agencies;

    AssignmentService(AssignmentRepository assignments, ProgramWorkloadRepository workloads, PersonRepository people,
            PositionRepository positions, CertificationLevelRepository levels, PlanService plans,
            AssignmentReads reads, NamedParameterJdbcTemplate jdbc, WorkforcePermissions permissions,
            AgencyService agencies) {
        this.agencies = agencies;
        this.positions = positions;
        this.permissions = permissions;
        this.assignments = assignments;
        this.workloads = workloads;
        this.people = people;
        this.levels = levels;
        this.plans = plans;
        this.reads = reads;
        this.jdbc = jdbc;
    }

    /** The programs of a plan with their stated workload, in one statement. */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramRef> programs(long planId) {
        plans.context(planId);
        return jdbc.query("""
                select p.id, p.title, coalesce(w.version, -1) as version, coalesce(w.manager_fte, 0) as m,
                       coalesce(w.implementer_fte, 0) as i, coalesce(w.oversight_fte, 0) as o,
                       coalesce(w.evaluator_fte, 0) as e, w.manager_level_id, l.name as level
                  from program p
                  left join workforce_program_workload w on w.program_id = p.id
                  left join workforce_certification_level l on l.id = w.manager_level_id
                 where p.plan_id = :plan
                 order by p.title, p.id
                """, Map.of("plan", planId), (rs, n) -> new ProgramRef(rs.getLong("id"), rs.getString("title"),
                rs.getLong("version"), rs.getBigDecimal("m"), rs.getBigDecimal("i"), rs.getBigDecimal("o"),
                rs.getBigDecimal("e"), (Long) rs.getObject("manager_level_id"), rs.getString("level")));
    }

    @PreAuthorize("isAuthenticated()")
    public List<AssignmentView> ofPlan(long planId) {
        plans.context(planId);
        return reads.ofPlan(planId, SecurityContextHolder.getContext().getAuthentication());
    }

    @PreAuthorize("@workforcePermissions.canAdd(authentication)")
    public void checkCanAssign(long planId) {
        plans.context(planId);
    }

    /**
     * Assigns a person or a position (exactly one) to a program of the plan for one fiscal year: FTE 0.05 to 1.0, a
     * fiscal year of the plan (and, for a person who holds positions, one their tour in a position
     * overlaps), once per person or position, program, year and role. Nothing is saved when any of it
     * is wrong. Administrators and planners of the person's or the position's agency assign them.
     */
    @PreAuthorize("@workforcePermissions.canAdd(authentication)"
            + " and (#command.personId() == null or @workforcePermissions.canEditPerson(#command.personId(), authentication))"
            + " and (#command.positionId() == null or @workforcePermissions.canEditPosition(#command.positionId(), authentication))")
    @Transactional
    public long assign(long planId, AssignmentCommand command) {
        PlanContext plan = plans.context(planId);
        List<Violation> violations = new ArrayList<>();
        if (command.personId() != null && command.positionId() != null) {
            violations.add(new Violation("personId", "workforce.assignment.holder.one"));
        } else if (command.personId() == null && command.positionId() == null) {
            violations.add(new Violation("personId", "workforce.assignment.holder.required"));
        } else if (command.personId() != null && people.findById(command.personId()).isEmpty()) {
            violations.add(new Violation("personId", "workforce.assignment.person.required"));
        } else if (command.positionId() != null) {
            Optional<Position> position = positions.findById(command.positionId());
            if (position.isEmpty()) {
                violations.add(new Violation("positionId", "workforce.assignment.position.required"));
            } else if (agencies.find(position.get().getAgencyId()).filter(AgencySummary::active).isEmpty()) {
                // a closed agency's position carries no new work (its existing assignments stay, as history)
                violations.add(new Violation("positionId", "workforce.assignment.position.inactive"));
            }
        }
        if (command.programId() == null || !programInPlan(command.programId(), planId)) {
            violations.add(new Violation("programId", "workforce.assignment.program.required"));
        }
        if (command.fiscalYear() == null || !plan.coversFiscalYear(command.fiscalYear())) {
            violations.add(new Violation("fiscalYear", "workforce.assignment.year.range", plan.startFiscalYear(),
                    plan.endFiscalYear()));
        }
        if (command.personId() != null && command.fiscalYear() != null && plan.coversFiscalYear(command.fiscalYear())
                && violations.isEmpty()) {
            tourViolation(command.personId(), command.fiscalYear()).ifPresent(violations::add);
        }
        if (command.role() == null) {
            violations.add(new Violation("role", "workforce.assignment.role.required"));
        }
        if (command.fte() == null || command.fte().compareTo(Assignment.MIN_FTE) < 0
                || command.fte().compareTo(Assignment.MAX_FTE) > 0 || command.fte().stripTrailingZeros().scale() > 2) {
            violations.add(new Violation("fte", "workforce.assignment.fte.range"));
        }
        if (violations.isEmpty() && (command.personId() != null
                ? assignments.existsByPersonIdAndProgramIdAndFiscalYearAndRole(command.personId(),
                        command.programId(), command.fiscalYear(), command.role())
                : assignments.existsByPositionIdAndProgramIdAndFiscalYearAndRole(command.positionId(),
                        command.programId(), command.fiscalYear(), command.role()))) {
            violations.add(new Violation(command.personId() != null ? "personId" : "positionId",
                    "workforce.assignment.duplicate"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        return assignments.saveAndFlush(new Assignment(command.personId(), command.positionId(), command.programId(),
                command.fiscalYear(), command.role(), command.fte())).getId();
    }

    /**
     * A person's tours are the positions they hold, from and to (either open). A person who holds positions can be
     * assigned only in a fiscal year (1 October to 30 September) that one of their tours overlaps; a person who holds
     * none has no recorded tour, and nothing limits their years.
     */
    private Optional<Violation> tourViolation(long personId, int fiscalYear) {
        List<Position> held = positions.findByPersonId(personId);
        if (held.isEmpty()) {
            return Optional.empty();
        }
        LocalDate yearStart = LocalDate.of(fiscalYear - 1, 10, 1);
        LocalDate yearEnd = LocalDate.of(fiscalYear, 9, 30);
        boolean covered = held.stream().anyMatch(p -> (p.getFilledFrom() == null || !p.getFilledFrom().isAfter(yearEnd))
                && (p.getFilledTo() == null || !p.getFilledTo().isBefore(yearStart)));
        if (covered) {
            return Optional.empty();
        }
        String tours = held.stream().sorted(Comparator.comparing(Position::getTitle))
                .map(p -> p.getTitle() + " " + (p.getFilledFrom() == null ? "…" : p.getFilledFrom()) + " – "
                        + (p.getFilledTo() == null ? "…" : p.getFilledTo()))
                .collect(Collectors.joining("; "));
        return Optional.of(new Violation("fiscalYear", "workforce.assignment.tour", fiscalYear, tours));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(long planId, long assignmentId) {
        Assignment assignment = assignments.findById(assignmentId)
                .filter(a -> programInPlan(a.getProgramId(), planId))
                .orElseThrow(() -> new NotFoundException("Assignment", assignmentId));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (assignment.getPersonId() != null ? !permissions.canEditPerson(assignment.getPersonId(), authentication)
                : !permissions.canEditPosition(assignment.getPositionId(), authentication)) {
            throw new AccessDeniedException("not a maintainer of this person");
        }
        assignments.delete(assignment);
        assignments.flush();
    }

    @PreAuthorize("@programPermissions.canEdit(#programId, authentication)")
    public ProgramRef workload(long planId, long programId) {
        return programs(planId).stream().filter(p -> p.id() == programId).findFirst()
                .orElseThrow(() -> new NotFoundException("Program", programId));
    }

    /** States the workload a program needs in each year of its plan (whoever may edit the program). */
    @PreAuthorize("@programPermissions.canEdit(#programId, authentication)")
    @Transactional
    public void setWorkload(long planId, long programId, long expectedVersion, WorkloadCommand command) {
        if (!programInPlan(programId, planId)) {
            throw new NotFoundException("Program", programId);
        }
        List<Violation> violations = new ArrayList<>();
        check(violations, "managerFte", command.managerFte());
        check(violations, "implementerFte", command.implementerFte());
        check(violations, "oversightFte", command.oversightFte());
        check(violations, "evaluatorFte", command.evaluatorFte());
        if (command.managerLevelId() != null && levels.findById(command.managerLevelId())
                .filter(l -> !l.isRetired()).isEmpty()) {
            violations.add(new Violation("managerLevelId", "workforce.position.level.current"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        ProgramWorkload workload = workloads.findByProgramId(programId).orElse(null);
        if (workload == null) {
            if (expectedVersion != -1) {
                throw new StaleEditException("Program workload", programId);
            }
            workload = new ProgramWorkload(programId);
        } else {
            StaleEditException.check("Program workload", programId, expectedVersion, workload.getVersion());
        }
        workload.describe(command.managerFte(), command.implementerFte(), command.oversightFte(),
                command.evaluatorFte(), command.managerLevelId());
        workloads.saveAndFlush(workload);
    }

    private static void check(List<Violation> violations, String field, BigDecimal fte) {
        if (fte == null || fte.signum() < 0 || fte.compareTo(MAX_WORKLOAD) > 0) {
            violations.add(new Violation(field, "workforce.workload.fte.range"));
        }
    }

    private boolean programInPlan(long programId, long planId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from program where id = :program and plan_id = :plan)",
                Map.of("program", programId, "plan", planId), Boolean.class));
    }
}
