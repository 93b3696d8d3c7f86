package org.ssaplanner.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssaplanner.authorities.AuthorityService;
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
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.security.SystemAuthentication;

/**
 * Evaluates every restriction against a program's facts (read from the programs module's API) and keeps the
 * facts and findings: after a change of a program, waiver, restriction, authority or human-rights record, and
 * nightly. Reading the stored findings is {@link FindingQueryService}'s.
 */
@Service
@Transactional(readOnly = true)
public class FindingRecomputationService {

    private static final Logger LOG = LoggerFactory.getLogger(FindingRecomputationService.class);

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
    private final ApplicationEventPublisher events;

    FindingRecomputationService(ComplianceProgramRepository programs, HumanRightsIncidentRepository incidents,
            CongressionalNotificationRepository notifications, RestrictionService restrictions,
            AuthorityService authorities, WaiverService waivers, ReferenceDataService reference,
            PartnerUnitService units, ProgramFactsService programFacts, MessageSource messages,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.programs = programs;
        this.incidents = incidents;
        this.notifications = notifications;
        this.restrictions = restrictions;
        this.authorities = authorities;
        this.waivers = waivers;
        this.reference = reference;
        this.units = units;
        this.programFacts = programFacts;
        // reasons name values by their labels (Police, not POLICE), read when a reason is written
        this.engine = new ComplianceEngine(messages, (field, code) -> restrictions.conditionValueLabels(field)
                .getOrDefault(code, code));
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /** Evaluates without storing anything (e.g. to preview a program, or to look at another day). */
    @PreAuthorize("isAuthenticated()")
    public List<Finding> evaluate(ProgramFacts facts, LocalDate day) {
        return engine.evaluate(facts, input(facts), day);
    }

    /**
     * Plain-language reasons why the program may not become active (its blocking findings), evaluated now
     * on its current facts. Empty means nothing blocks. Answers the programs module's ProgramActivationGuard.
     */
    @PreAuthorize("isAuthenticated()")
    public List<String> blockingReasons(long programId) {
        List<Finding> findings = knownFacts(programId).map(f -> evaluate(f, today())).orElse(List.of());
        return findings.stream().filter(Finding::blocking)
                .map(f -> f.restrictionCitation() + ": " + f.reason()).toList();
    }

    /** The current facts of a program, from the programs module; empty when it does not exist. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramFacts> knownFacts(long programId) {
        // ask first instead of catching the programs module's NotFoundException: a thrown exception would mark the
        // caller's transaction rollback-only
        return SystemAuthentication.call(() -> programFacts.titles(List.of(programId)).isEmpty()
                ? Optional.empty()
                : Optional.of(programFacts.facts(programId)));
    }

    /** Evaluates the program today and stores its facts and findings, replacing the old ones. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<Finding> recompute(ProgramFacts facts) {
        List<BlockingFindingRaised> raised = new ArrayList<>();
        List<Finding> findings = store(facts, raised);
        announce(raised);
        return findings;
    }

    /** Re-evaluates one program on its current facts; a program that no longer exists loses its findings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void recompute(long programId) {
        List<BlockingFindingRaised> raised = new ArrayList<>();
        recompute(programId, raised);
        announce(raised);
    }

    private void recompute(long programId, List<BlockingFindingRaised> raised) {
        Optional<ProgramFacts> facts = knownFacts(programId);
        if (facts.isPresent()) {
            store(facts.get(), raised);
        } else {
            programs.findById(programId).ifPresent(programs::delete);
        }
    }

    /** Re-evaluates every program, each in its own transaction; returns how many were evaluated. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int recomputeAll() {
        List<Long> ids = SystemAuthentication.call(programFacts::allProgramIds);
        Set<Long> stale = new TreeSet<>(programs.allProgramIds());
        int count = 0;
        List<BlockingFindingRaised> raised = new ArrayList<>();
        for (Long id : ids) {
            stale.remove(id);
            try {
                // a call on this, not through the proxy: the template gives each program its own transaction
                List<BlockingFindingRaised> ofProgram = new ArrayList<>();
                transactions.executeWithoutResult(status -> recompute(id.longValue(), ofProgram));
                raised.addAll(ofProgram);
                count++;
            } catch (RuntimeException e) {
                LOG.error("Compliance recomputation of program {} failed", id, e);
            }
        }
        for (Long gone : stale) {
            transactions.executeWithoutResult(status -> programs.findById(gone).ifPresent(programs::delete));
        }
        // the new blocking findings of the whole run, told once it is over (in a transaction of its own: the event
        // publication registry keeps them until the inbox has them)
        transactions.executeWithoutResult(status -> announce(raised));
        return count;
    }

    /** Re-evaluates the programs assisting a partner unit (after a human-rights record changed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void recomputeForUnit(long unitId) {
        List<BlockingFindingRaised> raised = new ArrayList<>();
        SystemAuthentication.call(() -> programFacts.factsForUnit(unitId)).forEach(facts -> store(facts, raised));
        announce(raised);
    }

    /**
     * Tells of the new blocking findings of one recomputation: one {@link BlockingFindingRaised} for a single one,
     * one {@link BlockingFindingsRaised} listing them when there are several (a digest in the inbox).
     */
    private void announce(List<BlockingFindingRaised> raised) {
        if (raised.size() == 1) {
            events.publishEvent(raised.get(0));
        } else if (raised.size() > 1) {
            events.publishEvent(new BlockingFindingsRaised(raised));
        }
    }

    private List<Finding> store(ProgramFacts facts, List<BlockingFindingRaised> raised) {
        LocalDate day = today();
        List<Finding> findings = evaluate(facts, day);
        ComplianceProgram program = programs.findById(facts.programId())
                .orElseGet(() -> new ComplianceProgram(facts.programId()));
        Set<Long> blockingBefore = program.getFindings().stream()
                .filter(f -> f.getSeverity() == FindingSeverity.BLOCKING).map(ComplianceFinding::getRestrictionId)
                .collect(Collectors.toSet());
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
        findings.stream().filter(Finding::blocking).filter(f -> !blockingBefore.contains(f.restrictionId()))
                .forEach(f -> raised.add(new BlockingFindingRaised(facts.programId(), facts.title(),
                        facts.planId(), facts.leadAgencyId(), f.restrictionId(), f.restrictionCitation(),
                        f.reason())));
        return findings;
    }

    /** Allocation per fiscal year: as given, else the total spread evenly over the program's fiscal years. */
    static Map<Integer, BigDecimal> allocationByYear(ProgramFacts facts) {
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

    private EvaluationInput input(ProgramFacts facts) {
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

    /** The day findings are evaluated on and notifications checked against (UTC). */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String truncate(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() <= max ? v : v.substring(0, max);
    }
}
