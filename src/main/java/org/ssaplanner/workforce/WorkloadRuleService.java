package org.ssaplanner.workforce;

import static org.ssaplanner.shared.Text.blankToNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.workforce.domain.CertificationLevel;
import org.ssaplanner.workforce.domain.CertificationLevelRepository;
import org.ssaplanner.workforce.domain.WorkloadRule;
import org.ssaplanner.workforce.domain.WorkloadRuleRepository;

/**
 * The workload rules (issue 16, item 4), data that administrators edit at {@code /admin/workload-rules}, and the
 * suggestion they make for a program: shown on its workload form with the rule that made it, never applied by
 * this service (the planner applies it by saving the form with its values).
 */
@Service
@Transactional(readOnly = true)
public class WorkloadRuleService {

    private static final BigDecimal MAX_FTE = new BigDecimal("20");

    private final WorkloadRuleRepository rules;
    private final CertificationLevelRepository levels;
    private final ReferenceDataService reference;
    private final NamedParameterJdbcTemplate jdbc;

    WorkloadRuleService(WorkloadRuleRepository rules, CertificationLevelRepository levels,
            ReferenceDataService reference, NamedParameterJdbcTemplate jdbc) {
        this.rules = rules;
        this.levels = levels;
        this.reference = reference;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<WorkloadRuleView> rules() {
        return all();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public WorkloadRuleView get(long id) {
        WorkloadRule rule = ruleOf(id);
        return view(rule, levelNames());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(WorkloadRuleCommand command) {
        WorkloadRuleCommand clean = validate(command);
        return rules.saveAndFlush(new WorkloadRule(clean)).getId();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, long expectedVersion, WorkloadRuleCommand command) {
        WorkloadRule rule = ruleOf(id);
        StaleEditException.check("Workload rule", id, expectedVersion, rule.getVersion());
        rule.describe(validate(command));
        rules.saveAndFlush(rule);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        rules.delete(ruleOf(id));
        rules.flush();
    }

    /**
     * What the rules suggest for a program of the plan, read in two statements (the program's facts, the rules):
     * whoever may edit the program sees it on its workload form.
     */
    @PreAuthorize("@programPermissions.canEdit(#programId, authentication)")
    public WorkloadSuggestion suggest(long planId, long programId) {
        List<Map<String, Object>> facts = jdbc.queryForList("""
                select p.assistance_type_code, p.status,
                       coalesce((select sum(f.allocated) from program_funding_line f where f.program_id = p.id), 0)
                           as allocated
                  from program p
                 where p.id = :program and p.plan_id = :plan
                """, Map.of("program", programId, "plan", planId));
        if (facts.isEmpty()) {
            throw new NotFoundException("Program", programId);
        }
        String type = (String) facts.get(0).get("assistance_type_code");
        String status = (String) facts.get(0).get("status");
        BigDecimal allocated = (BigDecimal) facts.get(0).get("allocated");
        return new WorkloadSuggestion(type, status, allocated,
                WorkloadRules.match(all(), type, status, allocated).orElse(null));
    }

    private List<WorkloadRuleView> all() {
        Map<Long, String> names = levelNames();
        return rules.findAll().stream().map(r -> view(r, names))
                .sorted(Comparator.comparing((WorkloadRuleView r) -> -r.specificity())
                        .thenComparingLong(WorkloadRuleView::id))
                .toList();
    }

    private WorkloadRuleCommand validate(WorkloadRuleCommand c) {
        List<Violation> violations = new ArrayList<>();
        String type = blankToNull(c.assistanceTypeCode());
        if (type != null && reference.assistanceTypes().stream().map(ReferenceItem::code).noneMatch(type::equals)) {
            violations.add(new Violation("assistanceTypeCode", "workforce.rule.assistanceType.unknown"));
        }
        String status = blankToNull(c.programStatus());
        if (status != null && Arrays.stream(ProgramStatus.values()).map(Enum::name).noneMatch(status::equals)) {
            violations.add(new Violation("programStatus", "workforce.rule.status.unknown"));
        }
        if (c.minAllocated() != null && c.minAllocated().signum() < 0) {
            violations.add(new Violation("minAllocated", "workforce.rule.band.negative"));
        }
        if (c.maxAllocated() != null && c.maxAllocated().signum() <= 0) {
            violations.add(new Violation("maxAllocated", "workforce.rule.band.negative"));
        } else if (c.minAllocated() != null && c.maxAllocated() != null
                && c.maxAllocated().compareTo(c.minAllocated()) <= 0) {
            violations.add(new Violation("maxAllocated", "workforce.rule.band.order"));
        }
        fte(violations, "managerFte", c.managerFte());
        fte(violations, "implementerFte", c.implementerFte());
        fte(violations, "oversightFte", c.oversightFte());
        fte(violations, "evaluatorFte", c.evaluatorFte());
        if (c.managerLevelId() != null && levels.findById(c.managerLevelId()).filter(l -> !l.isRetired()).isEmpty()) {
            violations.add(new Violation("managerLevelId", "workforce.position.level.current"));
        }
        if (c.note() != null && c.note().length() > 300) {
            violations.add(new Violation("note", "workforce.rule.note.length"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        return new WorkloadRuleCommand(type, status, c.minAllocated(), c.maxAllocated(), c.managerFte(),
                c.implementerFte(), c.oversightFte(), c.evaluatorFte(), c.managerLevelId(), blankToNull(c.note()));
    }

    private static void fte(List<Violation> violations, String field, BigDecimal fte) {
        if (fte == null || fte.signum() < 0 || fte.compareTo(MAX_FTE) > 0 || fte.stripTrailingZeros().scale() > 2) {
            violations.add(new Violation(field, "workforce.workload.fte.range"));
        }
    }

    private WorkloadRule ruleOf(long id) {
        return rules.findById(id).orElseThrow(() -> new NotFoundException("Workload rule", id));
    }

    private Map<Long, String> levelNames() {
        return levels.findAll().stream().collect(Collectors.toMap(CertificationLevel::getId,
                l -> l.getName() + " (" + l.getScheme() + ")", (a, b) -> a));
    }

    private static WorkloadRuleView view(WorkloadRule r, Map<Long, String> levelNames) {
        return new WorkloadRuleView(r.getId(), r.getVersion(), r.getAssistanceTypeCode(), r.getProgramStatus(),
                r.getMinAllocated(), r.getMaxAllocated(), r.getManagerFte(), r.getImplementerFte(),
                r.getOversightFte(), r.getEvaluatorFte(), r.getManagerLevelId(),
                r.getManagerLevelId() == null ? null : levelNames.get(r.getManagerLevelId()), r.getNote());
    }
}
