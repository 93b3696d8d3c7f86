package org.ssaplanner.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.condition.Condition;
import org.ssaplanner.authorities.condition.ConditionException;
import org.ssaplanner.authorities.condition.ConditionParser;
import org.ssaplanner.authorities.condition.ConditionVocabulary;
import org.ssaplanner.compliance.domain.AssistanceSuspension;
import org.ssaplanner.compliance.domain.AssistanceSuspensionRepository;
import org.ssaplanner.compliance.domain.ComplianceFinding;
import org.ssaplanner.compliance.domain.ComplianceProgram;
import org.ssaplanner.compliance.domain.ComplianceProgramRepository;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.programs.ProgramAction;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.programs.ProgramStatus;
import org.ssaplanner.programs.ProgramStatusService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.CurrentUsers;
import org.ssaplanner.shared.security.Role;

/**
 * A blocking finding on an active program is an alarm (issue 13, item 2): assistance must stop. Those who answer
 * for the program ({@link SuspensionPermissions}) suspend it here, which records who, when, which finding and unit
 * and why, and moves the program to SUSPENDED; once no finding blocks it any more (for Leahy: remediation recorded
 * on the unit's human-rights record) they resume it. The alarms of a program, a plan and a user are read here too.
 */
@Service
@Transactional(readOnly = true)
public class SuspensionService {

    static final int MAX_REASON = 4000;

    private final AssistanceSuspensionRepository suspensions;
    private final ComplianceProgramRepository programs;
    private final FindingRecomputationService recomputation;
    private final ProgramStatusService status;
    private final ProgramFactsService programFacts;
    private final RestrictionService restrictions;
    private final PartnerUnitService units;
    private final SuspensionPermissions permissions;

    SuspensionService(AssistanceSuspensionRepository suspensions, ComplianceProgramRepository programs,
            FindingRecomputationService recomputation, ProgramStatusService status, ProgramFactsService programFacts,
            RestrictionService restrictions, PartnerUnitService units, SuspensionPermissions permissions) {
        this.suspensions = suspensions;
        this.programs = programs;
        this.recomputation = recomputation;
        this.status = status;
        this.programFacts = programFacts;
        this.restrictions = restrictions;
        this.units = units;
        this.permissions = permissions;
    }

    /** Guard of the suspension form: the caller answers for the program (403 otherwise, 404 if there is none). */
    @PreAuthorize("@suspensionPermissions.maySuspend(#programId, authentication)")
    public ProgramFacts checkMaySuspend(long programId) {
        return facts(programId);
    }

    /** The findings that block the program now (evaluated on its current facts), for the suspension form. */
    @PreAuthorize("isAuthenticated()")
    public List<Finding> blockingNow(long programId) {
        return recomputation.evaluate(facts(programId), FindingRecomputationService.today()).stream()
                .filter(Finding::blocking).toList();
    }

    /**
     * Suspends an active program's assistance because of one of its blocking findings: the program becomes
     * SUSPENDED and the suspension is recorded. Refused (nothing saved) when the program is not active, the
     * restriction does not block it now, or the reason is missing.
     */
    @PreAuthorize("@suspensionPermissions.maySuspend(#programId, authentication)")
    @Transactional
    public long suspend(long programId, Long restrictionId, String reason) {
        ProgramFacts facts = facts(programId);
        List<Violation> violations = new ArrayList<>();
        Finding finding = null;
        if (facts.status() != ProgramStatus.ACTIVE) {
            violations.add(new Violation("restrictionId", "suspension.notActive"));
        } else {
            finding = blockingNow(programId).stream()
                    .filter(f -> restrictionId != null && f.restrictionId() == restrictionId).findFirst().orElse(null);
            if (finding == null) {
                violations.add(new Violation("restrictionId", "suspension.restriction.notBlocking"));
            }
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new Violation("reason", "suspension.reason.required"));
        } else if (reason.strip().length() > MAX_REASON) {
            violations.add(new Violation("reason", "suspension.reason.tooLong"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        String me = CurrentUsers.currentUsernameOrSystem();
        Instant now = Instant.now();
        suspensions.findByProgramIdAndEndedAtIsNull(programId).ifPresent(old -> {
            old.end(me, now, facts.status().name());
            suspensions.saveAndFlush(old);
        });
        status.transition(programId, ProgramAction.SUSPEND);
        return suspensions.saveAndFlush(new AssistanceSuspension(programId, finding.restrictionId(),
                facts.recipientUnitId(), finding.reason(), reason.strip(), me, now)).getId();
    }

    /**
     * Resumes a suspended program once nothing blocks it (evaluated now): it becomes ACTIVE again and its open
     * suspension ends. Refused while a finding still blocks it.
     */
    @PreAuthorize("@suspensionPermissions.maySuspend(#programId, authentication)")
    @Transactional
    public void resume(long programId) {
        ProgramFacts facts = facts(programId);
        if (facts.status() != ProgramStatus.SUSPENDED) {
            throw new FieldValidationException("program", "suspension.notSuspended");
        }
        if (!blockingNow(programId).isEmpty()) {
            throw new FieldValidationException("program", "suspension.stillBlocked");
        }
        status.transition(programId, ProgramAction.ACTIVATE);
        end(programId, CurrentUsers.currentUsernameOrSystem(), ProgramStatus.ACTIVE);
    }

    /** Every suspension of the program, newest first, with restriction and unit named. */
    @PreAuthorize("isAuthenticated()")
    public List<SuspensionView> suspensionsOf(long programId) {
        return views(suspensions.findByProgramIdOrderBySuspendedAtDesc(programId));
    }

    /**
     * The program page's alarm: active with a blocking finding, or suspended (pending, or free to resume); empty
     * when there is nothing to say. Read from the stored findings.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramAlarm> alarm(long programId) {
        Optional<ComplianceProgram> stored = programs.findById(programId);
        if (stored.isEmpty() || stored.get().getStatus() == null) {
            return Optional.empty();
        }
        ComplianceProgram program = stored.get();
        ProgramStatus programStatus = ProgramStatus.valueOf(program.getStatus());
        if (programStatus != ProgramStatus.ACTIVE && programStatus != ProgramStatus.SUSPENDED) {
            return Optional.empty();
        }
        List<ComplianceFinding> blocking = program.getFindings().stream()
                .filter(f -> f.getSeverity() == FindingSeverity.BLOCKING).toList();
        Optional<AssistanceSuspension> open = programStatus == ProgramStatus.SUSPENDED
                ? suspensions.findByProgramIdAndEndedAtIsNull(programId) : Optional.empty();
        if (blocking.isEmpty() && open.isEmpty()) {
            return Optional.empty();
        }
        String unitName = unitName(program.getRecipientUnitId());
        Map<Long, RestrictionDetail> byId = restrictionsById();
        List<ProgramAlarm.Block> blocks = blocking.stream().map(f -> block(f, byId.get(f.getRestrictionId()), unitName))
                .toList();
        return Optional.of(new ProgramAlarm(programId, program.getTitle(), programStatus, blocks,
                open.map(s -> views(List.of(s)).get(0)).orElse(null),
                permissions.maySuspend(programId, SecurityContextHolder.getContext().getAuthentication())));
    }

    /** The alarms of a plan's programs: its active programs held by a blocking finding, for the plan page. */
    @PreAuthorize("isAuthenticated()")
    public List<ProgramAlarm> planAlarms(long planId) {
        Map<Long, List<ComplianceFinding>> byProgram = suspensions.blockingFindingsOfPlan(planId).stream()
                .filter(f -> ProgramStatus.ACTIVE.name().equals(f.getProgram().getStatus()))
                .collect(Collectors.groupingBy(ComplianceFinding::getProgramId, LinkedHashMap::new,
                        Collectors.toList()));
        if (byProgram.isEmpty()) {
            return List.of();
        }
        Map<Long, RestrictionDetail> byId = restrictionsById();
        return byProgram.values().stream().map(findings -> {
            ComplianceProgram p = findings.get(0).getProgram();
            return new ProgramAlarm(p.getProgramId(), p.getTitle(), ProgramStatus.ACTIVE, findings.stream()
                    .map(f -> block(f, byId.get(f.getRestrictionId()), null)).toList(), null, false);
        }).toList();
    }

    /**
     * How many active programs held by a blocking finding the user answers for (led by their agency, or in a plan
     * they conduct; every one for administrators), and the first of them.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Long> alarmsFor(CurrentUser user) {
        List<Long> ids = suspensions.activeBlockedProgramIds();
        if (ids.isEmpty() || user.hasRole(Role.ADMIN)) {
            return ids.stream().sorted().toList();
        }
        Set<Long> mine = programFacts.responsibleAmong(ids, user.agencyId(), user.id());
        return ids.stream().filter(mine::contains).sorted().toList();
    }

    /**
     * Ends the program's open suspension, if any, when the program is no longer suspended (any way it left, e.g.
     * terminated, or activated with the status button): called after every change of a program.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void endUnlessSuspended(long programId, String by) {
        Optional<AssistanceSuspension> open = suspensions.findByProgramIdAndEndedAtIsNull(programId);
        if (open.isEmpty()) {
            return;
        }
        programs.findById(programId).map(ComplianceProgram::getStatus)
                .filter(s -> !ProgramStatus.SUSPENDED.name().equals(s))
                .ifPresent(s -> {
                    open.get().end(by, Instant.now(), s);
                    suspensions.saveAndFlush(open.get());
                });
    }

    private void end(long programId, String by, ProgramStatus now) {
        suspensions.findByProgramIdAndEndedAtIsNull(programId).ifPresent(s -> {
            s.end(by, Instant.now(), now.name());
            suspensions.saveAndFlush(s);
        });
    }

    private ProgramFacts facts(long programId) {
        return recomputation.knownFacts(programId).orElseThrow(() -> new NotFoundException("Program", programId));
    }

    private ProgramAlarm.Block block(ComplianceFinding f, RestrictionDetail r, String unitName) {
        return new ProgramAlarm.Block(f.getRestrictionId(), r == null ? "?" : r.citation(), r == null ? "?" : r.title(),
                f.getReason(), r != null && turnsOnUnitRecord(r), r != null && relievable(r), unitName);
    }

    /** Whether a waiver can be requested or a statutory exception claimed for the restriction. */
    static boolean relievable(RestrictionDetail r) {
        return r.waivable() || !r.exceptions().isEmpty();
    }

    /** Whether the restriction's condition turns on the recipient unit's human-rights record (the Leahy laws). */
    static boolean turnsOnUnitRecord(RestrictionDetail r) {
        try {
            return mentions(ConditionParser.parse(r.conditionText()), ConditionVocabulary.UNIT_CREDIBLE_HR_VIOLATION);
        } catch (ConditionException e) {
            return false;
        }
    }

    private static boolean mentions(Condition condition, String flag) {
        if (condition instanceof Condition.And and) {
            return and.parts().stream().anyMatch(p -> mentions(p, flag));
        }
        if (condition instanceof Condition.Or or) {
            return or.parts().stream().anyMatch(p -> mentions(p, flag));
        }
        if (condition instanceof Condition.Not not) {
            return mentions(not.inner(), flag);
        }
        return condition instanceof Condition.Flag f && f.name().equals(flag);
    }

    private String unitName(Long unitId) {
        if (unitId == null) {
            return null;
        }
        PartnerUnitSummary unit = units.byIds(List.of(unitId)).get(unitId);
        return unit == null ? null : unit.label();
    }

    private Map<Long, RestrictionDetail> restrictionsById() {
        return restrictions.all().stream().collect(Collectors.toMap(RestrictionDetail::id, Function.identity()));
    }

    private List<SuspensionView> views(Collection<AssistanceSuspension> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, RestrictionDetail> byId = restrictionsById();
        Set<Long> unitIds = new HashSet<>();
        found.stream().map(AssistanceSuspension::getUnitId).filter(Objects::nonNull).forEach(unitIds::add);
        Map<Long, PartnerUnitSummary> unitById = unitIds.isEmpty() ? Map.of() : units.byIds(unitIds);
        return found.stream().map(s -> {
            RestrictionDetail r = byId.get(s.getRestrictionId());
            PartnerUnitSummary unit = s.getUnitId() == null ? null : unitById.get(s.getUnitId());
            return new SuspensionView(s.getId(), s.getProgramId(), s.getRestrictionId(), r == null ? "?" : r.citation(),
                    r == null ? "?" : r.title(), s.getUnitId(), unit == null ? null : unit.label(), s.getFindingReason(),
                    s.getReason(), s.getSuspendedBy(), s.getSuspendedAt(), s.getEndedBy(), s.getEndedAt(),
                    s.getEndedStatus());
        }).toList();
    }
}
