package org.ssaplanner.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.authorities.AuthorityService;
import org.ssaplanner.authorities.RestrictionDetail;
import org.ssaplanner.authorities.RestrictionService;
import org.ssaplanner.authorities.WaiverService;
import org.ssaplanner.compliance.domain.ComplianceFinding;
import org.ssaplanner.compliance.domain.ComplianceProgram;
import org.ssaplanner.compliance.domain.ComplianceProgramRepository;
import org.ssaplanner.compliance.domain.CongressionalNotification;
import org.ssaplanner.compliance.domain.CongressionalNotificationRepository;
import org.ssaplanner.compliance.domain.HumanRightsIncident;
import org.ssaplanner.compliance.domain.HumanRightsIncidentRepository;
import org.ssaplanner.partners.PartnerUnitService;
import org.ssaplanner.partners.PartnerUnitSummary;
import org.ssaplanner.programs.ProgramComplianceFacts;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * The compliance engine's service: evaluates every restriction against a program's facts (read from the
 * programs module's API) and keeps the findings.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceService.class);

    private final ComplianceProgramRepository programs;
    private final HumanRightsIncidentRepository incidents;
    private final CongressionalNotificationRepository notifications;
    private final RestrictionService restrictions;
    private final AuthorityService authorities;
    private final WaiverService waivers;
    private final ReferenceDataService reference;
    private final PartnerUnitService units;
    private final ProgramFactsService programFacts;
    private final ComplianceEngine engine;
    private final TransactionTemplate transactions;

    ComplianceService(ComplianceProgramRepository programs, HumanRightsIncidentRepository incidents,
            CongressionalNotificationRepository notifications, RestrictionService restrictions,
            AuthorityService authorities, WaiverService waivers, ReferenceDataService reference,
            PartnerUnitService units, ProgramFactsService programFacts, MessageSource messages,
            PlatformTransactionManager transactionManager) {
        this.programs = programs;
        this.incidents = incidents;
        this.notifications = notifications;
        this.restrictions = restrictions;
        this.authorities = authorities;
        this.waivers = waivers;
        this.reference = reference;
        this.units = units;
        this.programFacts = programFacts;
        this.engine = new ComplianceEngine(messages);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Evaluates without storing anything (e.g. to preview a program, or to look at another day). */
    @PreAuthorize("isAuthenticated()")
    public List<Finding> evaluate(ProgramComplianceFacts facts, LocalDate day) {
        return engine.evaluate(facts, input(facts), day);
    }

    /** Evaluates the program today and stores its facts and findings, replacing the old ones. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<Finding> recompute(ProgramComplianceFacts facts) {
        return store(facts);
    }

    /** Re-evaluates one program on its current facts; a program that no longer exists loses its findings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void recompute(long programId) {
        recomputeInTransaction(programId);
    }

    /** Re-evaluates every program, each in its own transaction; returns how many were evaluated. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int recomputeAll() {
        List<Long> ids = SystemAuthentication.call(programFacts::allProgramIds);
        Set<Long> stale = new TreeSet<>(programs.allProgramIds());
        int count = 0;
        for (Long id : ids) {
            stale.remove(id);
            try {
                transactions.executeWithoutResult(status -> recomputeInTransaction(id));
                count++;
            } catch (RuntimeException e) {
                LOG.error("Compliance recomputation of program {} failed", id, e);
            }
        }
        for (Long gone : stale) {
            transactions.executeWithoutResult(status -> programs.findById(gone).ifPresent(programs::delete));
        }
        return count;
    }

    /** Re-evaluates the programs assisting a partner unit (after a human-rights record changed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void recomputeForUnit(long unitId) {
        SystemAuthentication.call(() -> programFacts.factsForUnit(unitId)).forEach(this::store);
    }

    @PreAuthorize("isAuthenticated()")
    public List<Finding> findingsFor(long programId) {
        return findingsForPrograms(List.of(programId)).getOrDefault(programId, List.of());
    }

    /** Stored findings per program (programs without findings are absent), blocking first. */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<Finding>> findingsForPrograms(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, RestrictionDetail> byId = restrictionsById();
        return programs.findingsOf(programIds).stream()
                .map(f -> toFinding(f, byId.get(f.getRestrictionId())))
                .sorted(FINDING_ORDER)
                .collect(Collectors.groupingBy(Finding::programId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Stored findings of every program of a country plan, per program (for the plan page's roll-up). */
    @PreAuthorize("isAuthenticated()")
    public Map<Long, List<Finding>> findingsForPlan(long planId) {
        return findingsForPrograms(programs.programIdsForPlan(planId));
    }

    /**
     * Plain-language reasons why the program may not become active (its blocking findings), evaluated now
     * on its current facts. Empty means nothing blocks. Meant for the programs module's ProgramActivationGuard.
     */
    @PreAuthorize("isAuthenticated()")
    public List<String> blockingReasons(long programId) {
        List<Finding> findings = knownFacts(programId).map(f -> evaluate(f, today())).orElse(List.of());
        return findings.stream().filter(Finding::blocking)
                .map(f -> f.restrictionCitation() + ": " + f.reason()).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Page<FindingRow> search(FindingFilter filter, Pageable pageable) {
        Map<Long, RestrictionDetail> byId = restrictionsById();
        Map<Long, String> countries = reference.countries().stream()
                .collect(Collectors.toMap(CountryRef::id, CountryRef::name));
        return programs.search(filter.countryId(), filter.restrictionId(), filter.severity(), filter.programId(), pageable)
                .map(f -> {
                    ComplianceProgram p = findingProgram(f);
                    RestrictionDetail r = byId.get(f.getRestrictionId());
                    return new FindingRow(p.getProgramId(), p.getTitle(), p.getCountryId(),
                            countries.getOrDefault(p.getCountryId(), "?"), f.getRestrictionId(),
                            r == null ? "?" : r.code(), r == null ? "?" : r.citation(), f.getSeverity(), f.getReason(),
                            f.getWaiverId(), f.getEvaluatedOn());
                });
    }

    /** The current facts of a program, from the programs module; empty when it does not exist. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramComplianceFacts> knownFacts(long programId) {
        // ask first instead of catching ProgramNotFoundException: a thrown exception would mark the
        // caller's transaction rollback-only
        return SystemAuthentication.call(() -> programFacts.titles(List.of(programId)).isEmpty()
                ? Optional.empty()
                : Optional.of(programFacts.facts(programId)));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    @Transactional
    public void recordNotification(NotificationCommand command) {
        if (command.filedOn() == null) {
            throw new ComplianceValidationException("filedOn", "notification.filedOn.required");
        }
        if (command.filedOn().isAfter(today())) {
            throw new ComplianceValidationException("filedOn", "notification.filedOn.future");
        }
        if (authorities.byIds(Set.of(command.authorityId())).isEmpty()) {
            throw new ComplianceValidationException("authorityId", "notification.authority.unknown");
        }
        if (command.reference() == null || command.reference().isBlank()) {
            throw new ComplianceValidationException("reference", "notification.reference.required");
        }
        CongressionalNotification notification = notifications
                .findByProgramIdAndAuthorityId(command.programId(), command.authorityId())
                .orElseGet(() -> new CongressionalNotification(command.programId(), command.authorityId(),
                        command.filedOn(), command.reference().trim()));
        notification.refile(command.filedOn(), command.reference().trim());
        notifications.saveAndFlush(notification);
        recompute(command.programId());
    }

    @PreAuthorize("isAuthenticated()")
    public List<NotificationView> notificationsFor(long programId) {
        return notifications.findByProgramIdOrderByFiledOn(programId).stream()
                .map(n -> new NotificationView(n.getId(), n.getProgramId(), n.getAuthorityId(), n.getFiledOn(),
                        n.getReference(), n.getCreatedBy()))
                .toList();
    }

    private void recomputeInTransaction(long programId) {
        Optional<ProgramComplianceFacts> facts = knownFacts(programId);
        if (facts.isPresent()) {
            store(facts.get());
        } else {
            programs.findById(programId).ifPresent(programs::delete);
        }
    }

    private List<Finding> store(ProgramComplianceFacts facts) {
        LocalDate day = today();
        List<Finding> findings = engine.evaluate(facts, input(facts), day);
        ComplianceProgram program = programs.findById(facts.programId())
                .orElseGet(() -> new ComplianceProgram(facts.programId()));
        program.describe(facts.planId(), facts.countryId(), truncate(facts.title(), 300), facts.leadAgencyId(),
                facts.recipientUnitId(), facts.recipientTypeCode(), facts.assistanceTypeCode(),
                facts.capabilityDomainCodes(), facts.authorityIds(), facts.status().name(), facts.startDate(),
                facts.endDate(), facts.totalAllocated(), allocationByYear(facts));
        List<ComplianceFinding> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(new ComplianceFinding(f.restrictionId(), f.severity(), f.reason(), f.waiverId(), day));
        }
        // old findings are deleted before the new ones are inserted (one finding per program and restriction)
        program.replaceFindings(List.of(), Instant.now());
        ComplianceProgram managed = programs.saveAndFlush(program);
        managed.replaceFindings(rows, Instant.now());
        programs.saveAndFlush(managed);
        return findings;
    }

    /** Allocation per fiscal year: as given, else the total spread evenly over the program's fiscal years. */
    static Map<Integer, BigDecimal> allocationByYear(ProgramComplianceFacts facts) {
        Set<Integer> years = new TreeSet<>(facts.fiscalYears());
        years.addAll(facts.allocatedByFiscalYear().keySet());
        Map<Integer, BigDecimal> result = new HashMap<>();
        BigDecimal even = facts.fiscalYears().isEmpty() ? BigDecimal.ZERO
                : facts.totalAllocated().divide(BigDecimal.valueOf(facts.fiscalYears().size()), 2, RoundingMode.HALF_EVEN);
        for (Integer year : years) {
            result.put(year, facts.allocatedByFiscalYear().getOrDefault(year, even).setScale(2, RoundingMode.HALF_EVEN));
        }
        return result;
    }

    private EvaluationInput input(ProgramComplianceFacts facts) {
        String alpha2 = reference.country(facts.countryId()).map(CountryRef::alpha2).orElse(null);
        Map<Long, LocalDate> filed = notifications.findByProgramIdOrderByFiledOn(facts.programId()).stream()
                .collect(Collectors.toMap(CongressionalNotification::getAuthorityId, CongressionalNotification::getFiledOn));
        return new EvaluationInput(restrictions.all(), authorities.byIds(facts.authorityIds()), alpha2,
                unitRecord(facts.recipientUnitId()), filed, waivers.approvedFor(List.of(facts.programId())));
    }

    private UnitRecord unitRecord(Long unitId) {
        if (unitId == null) {
            return UnitRecord.NONE;
        }
        String name = Optional.ofNullable(units.byIds(List.of(unitId)).get(unitId)).map(PartnerUnitSummary::label)
                .orElse(null);
        List<HumanRightsIncident> open = incidents.findByUnitIdAndStatusInOrderByIncidentDateDesc(unitId,
                EnumSet.of(IncidentStatus.CREDIBLE, IncidentStatus.REPORTED, IncidentStatus.UNDER_REVIEW));
        Optional<HumanRightsIncident> credible = open.stream()
                .filter(i -> i.getStatus() == IncidentStatus.CREDIBLE).findFirst();
        boolean underReview = open.stream().anyMatch(i -> i.getStatus().pending());
        return new UnitRecord(name, credible.isPresent(), credible.map(HumanRightsIncident::getCategory).orElse(null),
                credible.map(HumanRightsIncident::getIncidentDate).orElse(null), underReview);
    }

    private Map<Long, RestrictionDetail> restrictionsById() {
        return restrictions.all().stream().collect(Collectors.toMap(RestrictionDetail::id, Function.identity()));
    }

    private static ComplianceProgram findingProgram(ComplianceFinding f) {
        return f.getProgram();
    }

    private static Finding toFinding(ComplianceFinding f, RestrictionDetail r) {
        return new Finding(f.getProgramId(), f.getRestrictionId(), r == null ? "?" : r.code(),
                r == null ? "?" : r.citation(), r == null ? "?" : r.title(), f.getSeverity(), f.getReason(),
                f.getWaiverId(), f.getEvaluatedOn());
    }

    static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparing((Finding f) -> f.severity().ordinal())
            .thenComparing(Finding::restrictionCode);

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() <= max ? v : v.substring(0, max);
    }
}
