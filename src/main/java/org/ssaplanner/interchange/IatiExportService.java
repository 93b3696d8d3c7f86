package org.ssaplanner.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.agencies.AgencyService;
import org.ssaplanner.evaluations.IndicatorForExport;
import org.ssaplanner.evaluations.IndicatorService;
import org.ssaplanner.interchange.iati.IatiActivityWriter;
import org.ssaplanner.interchange.iati.IatiCodes;
import org.ssaplanner.interchange.iati.IatiPlan;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanFilter;
import org.ssaplanner.plans.PlanOutcomeLabel;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.plans.PlanStatus;
import org.ssaplanner.plans.PlanSummary;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.programs.ProgramForExport;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.NotFoundException;

/**
 * IATI 2.03 activity files of SSA Planner's programs: one plan's, or a partner country's published ones (approved
 * plans; for a fiscal year also the archived plans that covered it). Everyone signed in may read them, as they may read
 * the plans. What IATI cannot say without harm (recipient units, vetting, incidents, compliance findings, waivers,
 * internal assessments) is never read for an export; see the README.
 *
 * <p>Everything is read before the first byte is written, so a missing plan or an empty selection still gets its
 * error page rather than half a file.
 */
@Service
@Transactional(readOnly = true)
public class IatiExportService {

    private static final int PLANS_PER_PAGE = 100;

    private final PlanService plans;
    private final ProgramFactsService programs;
    private final AgencyService agencies;
    private final IndicatorService indicators;
    private final ReferenceDataService reference;
    private final IatiProperties publisher;
    private final MessageSource messages;
    private final ObjectProvider<Clock> clock;

    IatiExportService(PlanService plans, ProgramFactsService programs, AgencyService agencies,
            IndicatorService indicators, ReferenceDataService reference, IatiProperties publisher,
            MessageSource messages, ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.programs = programs;
        this.agencies = agencies;
        this.indicators = indicators;
        this.reference = reference;
        this.publisher = publisher;
        this.messages = messages;
        this.clock = clock;
    }

    /** Where the file goes, opened only once there is something to write. */
    @FunctionalInterface
    public interface Destination {
        OutputStream open() throws IOException;
    }

    /** The activities of one plan's programs, whatever the plan's status. Missing plan or no program: 404. */
    @PreAuthorize("isAuthenticated()")
    public void plan(long planId, Destination destination) throws IOException {
        PlanContext plan = plans.context(planId);
        IatiPlan activities = activities(plan, programs.forExport(planId));
        write(activities.programs().isEmpty() ? List.of() : List.of(activities), "plan " + planId, destination);
    }

    /**
     * The published activities of a partner country (alpha-3 or alpha-2 code): the programs of its approved plans, or,
     * for a fiscal year, the programs with money or dates in that year of its approved and archived plans covering it.
     * Unknown country or nothing to publish: 404.
     */
    @PreAuthorize("isAuthenticated()")
    public void country(String countryCode, Integer fiscalYear, Destination destination) throws IOException {
        CountryRef country = reference.countryByCode(countryCode)
                .orElseThrow(() -> new NotFoundException("Country", countryCode));
        List<PlanStatus> published = fiscalYear == null ? List.of(PlanStatus.APPROVED)
                : List.of(PlanStatus.APPROVED, PlanStatus.ARCHIVED);
        List<IatiPlan> found = new ArrayList<>();
        for (PlanStatus status : published) {
            for (int page = 0;; page++) {
                Page<PlanSummary> chunk = plans.search(new PlanFilter(country.id(), null, status, null, fiscalYear),
                        PageRequest.of(page, PLANS_PER_PAGE, Sort.by("id")));
                for (PlanSummary summary : chunk) {
                    List<ProgramForExport> inYear = programs.forExport(summary.id()).stream()
                            .filter(p -> fiscalYear == null || touches(p, fiscalYear)).toList();
                    if (!inYear.isEmpty()) {
                        found.add(activities(plans.context(summary.id()), inYear));
                    }
                }
                if (!chunk.hasNext()) {
                    break;
                }
            }
        }
        write(found, country.alpha3() + (fiscalYear == null ? "" : " FY" + fiscalYear), destination);
    }

    private static boolean touches(ProgramForExport program, int fiscalYear) {
        return program.fundingLines().stream().anyMatch(l -> l.fiscalYear() == fiscalYear)
                || (!program.startDate().isAfter(IatiCodes.fiscalYearEnd(fiscalYear))
                        && !program.endDate().isBefore(IatiCodes.fiscalYearStart(fiscalYear)));
    }

    private IatiPlan activities(PlanContext plan, List<ProgramForExport> planPrograms) {
        CountryRef country = reference.country(plan.countryId())
                .orElseThrow(() -> new NotFoundException("Country", plan.countryId()));
        Set<Long> agencyIds = new HashSet<>();
        planPrograms.forEach(p -> {
            agencyIds.add(p.leadAgencyId());
            agencyIds.addAll(p.supportingAgencyIds());
        });
        Map<Long, List<IndicatorForExport>> indicatorsByProgram = indicators
                .forExport(planPrograms.stream().map(ProgramForExport::id).toList()).stream()
                .collect(Collectors.groupingBy(IndicatorForExport::programId));
        Map<Long, String> outcomeTitles = plans.outcomeLabels(plan.id()).stream()
                .collect(Collectors.toMap(PlanOutcomeLabel::outcomeId, PlanOutcomeLabel::outcomeTitle, (a, b) -> a));
        return new IatiPlan(plan, country, planPrograms, agencies.byIds(agencyIds), indicatorsByProgram,
                outcomeTitles, reference.crsSectorOfCapabilityDomains());
    }

    private void write(List<IatiPlan> found, String selection, Destination destination) throws IOException {
        if (found.isEmpty()) {
            throw new NothingToPublishException(selection);
        }
        Clock now = clock.getIfAvailable(Clock::systemUTC);
        try (OutputStream out = destination.open()) {
            IatiActivityWriter writer = new IatiActivityWriter(out, publisher, now.instant(), LocalDate.now(now),
                    messages);
            for (IatiPlan plan : found) {
                writer.write(plan);
            }
            writer.close();
        } catch (XMLStreamException e) {
            throw new IOException("IATI file not written", e);
        }
    }
}
