package org.ssaplanner.programs;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.domain.AuthorityDirectory;
import org.ssaplanner.programs.domain.FundingRules;
import org.ssaplanner.programs.domain.Program;
import org.ssaplanner.programs.domain.ProgramRepository;
import org.ssaplanner.reference.ObjectiveCategory;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;

/**
 * Changing programs inside country plans: create (also from a {@link ProgramOrigin}'s reference), edit, funding
 * lines, accepting the suggested objective categories, and who may do it. Every create and update is checked by
 * {@link ProgramRules}. Status changes: {@link ProgramStatusService}; reading: {@link ProgramSearchService},
 * {@link ProgramDetailService}, {@link ProgramFactsService}. Permissions: see {@link ProgramPermissions}.
 */
@Service
@Transactional(readOnly = true)
public class ProgramService {

    private final ProgramRepository programs;
    private final PlanService plans;
    private final ProgramRules rules;
    private final AuthorityDirectory authorities;
    private final TaxonomyService taxonomy;
    private final ProgramPermissions permissions;
    private final ObjectProvider<ProgramOrigin> origins;
    private final ObjectProvider<ProgramActivationGuard> guards;

    ProgramService(ProgramRepository programs, PlanService plans, ProgramRules rules, AuthorityDirectory authorities,
            TaxonomyService taxonomy, ProgramPermissions permissions, ObjectProvider<ProgramOrigin> origins,
            ObjectProvider<ProgramActivationGuard> guards) {
        this.guards = guards;
        this.programs = programs;
        this.plans = plans;
        this.rules = rules;
        this.authorities = authorities;
        this.taxonomy = taxonomy;
        this.permissions = permissions;
        this.origins = origins;
    }

    // ---------------------------------------------------------------- who may change, and the choices

    /** The authorities a program may cite (choices of the program form, also for pre-filling and seeding). */
    @PreAuthorize("isAuthenticated()")
    public List<AuthorityOption> authorityOptions() {
        return authorities.all();
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canEdit(long id) {
        return permissions.canEdit(id, SecurityContextHolder.getContext().getAuthentication());
    }

    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    public void checkCanEdit(long id) {
        load(id);
    }

    /** Guard of the "new program" page: the user may add programs to this plan (for some lead agency). */
    @PreAuthorize("@planPermissions.canContribute(#planId, authentication)")
    public PlanContext checkCanCreate(long planId) {
        return plans.context(planId);
    }

    // ---------------------------------------------------------------- changing

    /**
     * A draft of a new program in the plan from a {@link ProgramOrigin}'s reference (e.g. an imported activity);
     * empty when no origin knows the reference.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<ProgramDraft> draft(PlanContext plan, String reference) {
        ProgramOrigin origin = origins.getIfAvailable();
        return origin == null ? Optional.empty() : origin.draft(plan, reference);
    }

    /**
     * Creates a program from a {@link ProgramOrigin}'s reference (e.g. an imported ForeignAssistance.gov activity)
     * and lets the origin record it (the link to the activity), in one transaction.
     */
    @PreAuthorize("@programPermissions.canCreate(#planId, #command.leadAgencyId(), authentication)")
    @Transactional
    public long createFrom(long planId, ProgramCommand command, String reference) {
        long id = create(planId, command);
        ProgramOrigin origin = origins.getIfAvailable();
        if (origin == null) {
            throw new IllegalArgumentException("No program origin knows " + reference);
        }
        origin.created(id, reference);
        return id;
    }

    @PreAuthorize("@programPermissions.canCreate(#planId, #command.leadAgencyId(), authentication)")
    @Transactional
    public long create(long planId, ProgramCommand command) {
        PlanContext plan = plans.context(planId);
        Program program = new Program(planId);
        rules.apply(program, plan, command);
        long id = programs.saveAndFlush(program).getId();
        return id;
    }

    @PreAuthorize("@programPermissions.canSave(#id, #command.leadAgencyId(), authentication)")
    @Transactional
    public void update(long id, long expectedVersion, ProgramCommand command) {
        Program program = load(id);
        StaleEditException.check("Program", id, expectedVersion, program.getVersion());
        rules.apply(program, plans.context(program.getPlanId()), command);
        programs.saveAndFlush(program);
    }

    /**
     * Saves a funding line for a caller with no one to ask (demo data, imports): an obligation recorded while a
     * finding blocks the program is recorded as such, without confirmation. The pages use
     * {@link #saveFundingLine(long, FundingLineCommand, boolean)}.
     */
    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    @Transactional
    public void saveFundingLine(long id, FundingLineCommand line) {
        save(id, line, true);
    }

    /**
     * Saves a funding line. A line that records a new obligation (more obligated than before) on a program that a
     * blocking finding holds is refused with {@link ObligationWhileBlockedException} (nothing saved) unless
     * {@code confirmedWhileBlocked}; confirmed, the line records the findings it was obligated under.
     */
    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    @Transactional
    public void saveFundingLine(long id, FundingLineCommand line, boolean confirmedWhileBlocked) {
        save(id, line, confirmedWhileBlocked);
    }

    private void save(long id, FundingLineCommand line, boolean confirmedWhileBlocked) {
        Program program = load(id);
        PlanContext plan = plans.context(program.getPlanId());
        List<Violation> violations = FundingRules.check(line, plan.startFiscalYear(), plan.endFiscalYear());
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        String blockedBy = null;
        if (program.obligatesMore(line)) {
            List<String> blocking = guards.orderedStream().flatMap(g -> g.blockingFindings(id).stream()).distinct()
                    .toList();
            if (!blocking.isEmpty()) {
                if (!confirmedWhileBlocked) {
                    throw new ObligationWhileBlockedException(blocking);
                }
                blockedBy = String.join("; ", blocking);
            }
        }
        program.saveFundingLine(line, blockedBy);
        programs.saveAndFlush(program);
    }

    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    @Transactional
    public void removeFundingLine(long id, long lineId) {
        Program program = load(id);
        if (!program.removeFundingLine(lineId)) {
            throw new NotFoundException("Program", id + "/funding/" + lineId);
        }
        programs.saveAndFlush(program);
    }

    /**
     * The planner accepts the taxonomy's suggestion: the suggested categories are added and the
     * suggested primary becomes primary. Refused on a stale page (the suggestion shown may be outdated).
     */
    @PreAuthorize("@programPermissions.canEdit(#id, authentication)")
    @Transactional
    public void acceptSuggestedCategories(long id, long expectedVersion) {
        Program program = load(id);
        StaleEditException.check("Program", id, expectedVersion, program.getVersion());
        CategorySuggestion suggestion = taxonomy.suggest(program.getAssistanceTypeCode(),
                program.getRecipientTypeCode(), program.getCapabilityDomainCodes());
        if (suggestion.isEmpty()) {
            return;
        }
        Set<ObjectiveCategory> categories = EnumSet.noneOf(ObjectiveCategory.class);
        categories.addAll(program.getCategories());
        categories.addAll(suggestion.categories());
        program.classify(categories, suggestion.primary());
        programs.saveAndFlush(program);
    }

    private Program load(long id) {
        return programs.findById(id).orElseThrow(() -> new NotFoundException("Program", id));
    }
}
