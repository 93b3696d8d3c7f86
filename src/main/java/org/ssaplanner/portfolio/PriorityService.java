package org.ssaplanner.portfolio;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.plans.PlanDetail;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Priority (issue 15, section 1): each plan objective's priority (1 highest to 5) and stakes, kept by this module keyed
 * by the objective (the plans module is not changed: its objectives stay what a plan says, the portfolio says what
 * they are worth, and who may say so follows the portfolio's rights); each partner country's priority tier, set by
 * administrators with every setting kept; a planner's override of a program's derived priority, with a reason.
 * Every change computes the affected assessments again.
 */
@Service
@Transactional(readOnly = true)
public class PriorityService {

    public static final int MAX_TEXT = 2000;

    private final JdbcTemplate jdbc;
    private final PlanService plans;
    private final ProgramFactsService programs;
    private final ReferenceDataService reference;
    private final AssessmentService assessments;
    private final PortfolioPermissions permissions;

    PriorityService(JdbcTemplate jdbc, PlanService plans, ProgramFactsService programs, ReferenceDataService reference,
            AssessmentService assessments, PortfolioPermissions permissions) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.programs = programs;
        this.reference = reference;
        this.assessments = assessments;
        this.permissions = permissions;
    }

    // ---- objectives

    @PreAuthorize("isAuthenticated()")
    public ObjectivePriorities objectives(long planId) {
        PlanDetail plan = plans.get(planId);
        Map<Long, ObjectivePriorities.Row> stored = new HashMap<>();
        jdbc.query("select objective_id, priority, stakes, version, updated_by from portfolio_objective_priority"
                + " where plan_id = ?", rs -> {
                    stored.put(rs.getLong(1), new ObjectivePriorities.Row(rs.getLong(1), null, null, rs.getInt(2),
                            rs.getString(3), rs.getLong(4), rs.getString(5)));
                }, planId);
        List<ObjectivePriorities.Row> rows = new ArrayList<>();
        for (PlanDetail.Objective o : plan.objectives()) {
            ObjectivePriorities.Row s = stored.get(o.id());
            rows.add(new ObjectivePriorities.Row(o.id(), o.category().name(), o.title(),
                    s == null ? null : s.priority(), s == null ? null : s.stakes(), s == null ? -1 : s.version(),
                    s == null ? null : s.updatedBy()));
        }
        boolean canEdit = CurrentUsers.current().isPresent()
                && permissions.canReviewPlan(planId, SecurityContextHolder.getContext().getAuthentication());
        return new ObjectivePriorities(planId, plan.title(), plan.country().name(), canEdit, rows);
    }

    @PreAuthorize("@portfolioPermissions.canReviewPlan(#planId, authentication)")
    public void checkCanEdit(long planId) {
        // method security decides
    }

    /**
     * Sets an objective's priority and stakes; {@code expectedVersion} -1 when none was set yet. Computes the plan's
     * assessments again.
     */
    @PreAuthorize("@portfolioPermissions.canReviewPlan(#planId, authentication)")
    @Transactional
    public void setObjectivePriority(long planId, long objectiveId, long expectedVersion, int priority, String stakes) {
        PlanDetail plan = plans.get(planId);
        if (plan.objectives().stream().noneMatch(o -> o.id() == objectiveId)) {
            throw new NotFoundException("Objective", objectiveId);
        }
        if (priority < 1 || priority > 5) {
            throw new FieldValidationException("priority", "portfolio.priority.range");
        }
        String text = stakes == null || stakes.isBlank() ? null : stakes.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new FieldValidationException("stakes", "portfolio.text.tooLong", MAX_TEXT);
        }
        String user = user();
        if (expectedVersion < 0) {
            int inserted = jdbc.update("insert into portfolio_objective_priority (objective_id, plan_id, priority, stakes,"
                    + " created_by, updated_by) values (?, ?, ?, ?, ?, ?) on conflict (objective_id) do nothing",
                    objectiveId, planId, priority, text, user, user);
            if (inserted == 0) {
                throw new StaleEditException("Objective priority", objectiveId);
            }
        } else if (jdbc.update("update portfolio_objective_priority set priority = ?, stakes = ?, updated_by = ?,"
                + " updated_at = now(), version = version + 1 where objective_id = ? and version = ?", priority, text,
                user, objectiveId, expectedVersion) == 0) {
            throw new StaleEditException("Objective priority", objectiveId);
        }
        assessments.computePlan(planId);
    }

    // ---- country tiers

    /** Every partner country with its current tier (null: not set). */
    @PreAuthorize("isAuthenticated()")
    public List<CountryTier> tiers() {
        Map<Long, CountryTier> current = new HashMap<>();
        jdbc.query("select distinct on (country_id) country_id, tier, reason, set_by, set_at from portfolio_country_tier"
                + " order by country_id, set_at desc, id desc", rs -> {
                    current.put(rs.getLong(1), new CountryTier(rs.getLong(1), null, null, rs.getInt(2), rs.getString(3),
                            rs.getString(4), rs.getTimestamp(5).toInstant()));
                });
        return reference.countries().stream().map(c -> {
            CountryTier t = current.get(c.id());
            return new CountryTier(c.id(), c.alpha3(), c.name(), t == null ? null : t.tier(),
                    t == null ? null : t.reason(), t == null ? null : t.setBy(), t == null ? null : t.setAt());
        }).toList();
    }

    /** A country's tiers over time, the latest first. */
    @PreAuthorize("isAuthenticated()")
    public List<CountryTier> tierHistory(String code) {
        CountryRef country = country(code);
        return jdbc.query("select tier, reason, set_by, set_at from portfolio_country_tier where country_id = ?"
                + " order by set_at desc, id desc", (rs, i) -> new CountryTier(country.id(), country.alpha3(),
                        country.name(), rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                country.id());
    }

    @PreAuthorize("isAuthenticated()")
    public CountryRef country(String code) {
        return reference.countryByCode(code).orElseThrow(() -> new NotFoundException("Country", code));
    }

    /** Sets a country's tier (administrators); the earlier settings are kept. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setTier(String code, int tier, String reason) {
        CountryRef country = country(code);
        List<FieldValidationException.Violation> violations = new ArrayList<>();
        if (tier < 1 || tier > 3) {
            violations.add(new FieldValidationException.Violation("tier", "portfolio.tier.range"));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new FieldValidationException.Violation("reason", "portfolio.reason.required"));
        } else if (reason.strip().length() > MAX_TEXT) {
            violations.add(new FieldValidationException.Violation("reason", "portfolio.text.tooLong", MAX_TEXT));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        jdbc.update("insert into portfolio_country_tier (country_id, tier, reason, set_by, set_at)"
                + " values (?, ?, ?, ?, ?)", country.id(), tier, reason.strip(), user(),
                Timestamp.from(Instant.now()));
        assessments.assessCountry(country.id());
    }

    // ---- program overrides

    @PreAuthorize("isAuthenticated()")
    public Optional<PriorityOverride> override(long programId) {
        return jdbc.query("select program_id, priority, reason, version, updated_by, updated_at"
                + " from portfolio_priority_override where program_id = ?", (rs, i) -> new PriorityOverride(
                        rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()), programId).stream().findFirst();
    }

    @PreAuthorize("@portfolioPermissions.canOverride(#programId, authentication)")
    public void checkCanOverride(long programId) {
        programs.facts(programId);
    }

    /** Overrides the program's derived priority ({@code expectedVersion} -1 when there is no override yet). */
    @PreAuthorize("@portfolioPermissions.canOverride(#programId, authentication)")
    @Transactional
    public void setOverride(long programId, long expectedVersion, int priority, String reason) {
        long planId = programs.facts(programId).planId();
        List<FieldValidationException.Violation> violations = new ArrayList<>();
        if (priority < 1 || priority > 5) {
            violations.add(new FieldValidationException.Violation("priority", "portfolio.priority.range"));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(new FieldValidationException.Violation("reason", "portfolio.reason.required"));
        } else if (reason.strip().length() > MAX_TEXT) {
            violations.add(new FieldValidationException.Violation("reason", "portfolio.text.tooLong", MAX_TEXT));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        String user = user();
        if (expectedVersion < 0) {
            if (jdbc.update("insert into portfolio_priority_override (program_id, priority, reason, created_by,"
                    + " updated_by) values (?, ?, ?, ?, ?) on conflict (program_id) do nothing", programId, priority,
                    reason.strip(), user, user) == 0) {
                throw new StaleEditException("Priority override", programId);
            }
        } else if (jdbc.update("update portfolio_priority_override set priority = ?, reason = ?, updated_by = ?,"
                + " updated_at = now(), version = version + 1 where program_id = ? and version = ?", priority,
                reason.strip(), user, programId, expectedVersion) == 0) {
            throw new StaleEditException("Priority override", programId);
        }
        assessments.computePlan(planId);
    }

    /** Removes the override: the derived priority counts again. */
    @PreAuthorize("@portfolioPermissions.canOverride(#programId, authentication)")
    @Transactional
    public void removeOverride(long programId) {
        long planId = programs.facts(programId).planId();
        jdbc.update("delete from portfolio_priority_override where program_id = ?", programId);
        assessments.computePlan(planId);
    }

    private static String user() {
        return CurrentUsers.current().map(u -> u.getUsername()).orElse(CurrentUsers.SYSTEM);
    }
}
