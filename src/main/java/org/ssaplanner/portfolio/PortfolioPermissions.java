package org.ssaplanner.portfolio;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.ssaplanner.accounts.UserAccountService;
import org.ssaplanner.accounts.UserRef;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.ReadOncePerRequest;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.Role;

/**
 * Who may review, for method security ({@code @portfolioPermissions.canReviewPlan(#planId, authentication)}).
 * <p>A plan's portfolio decisions (its objectives' priorities, its programs' priority overrides, the decisions of a
 * review) are taken by administrators and by the planners of the agency that conducts the plan (the agency of the
 * plan's conductor): the agency answerable for the plan answers for its trade-offs, not only its conductor, and
 * not the participating agencies, whose programs are judged in it. A review of a region or of a fiscal year spans
 * the plans of several agencies, so only an administrator opens one; its decisions are still taken per program by
 * the planners of that program's conducting agency or an administrator. Country tiers and the rules are set by
 * administrators only. Everyone signed in reads. An unknown record is let through, so that the service answers 404
 * rather than 403.
 */
@Component("portfolioPermissions")
public class PortfolioPermissions {

    private final PlanService plans;
    private final UserAccountService users;
    private final ProgramFactsService programs;
    private final JdbcTemplate jdbc;

    PortfolioPermissions(PlanService plans, UserAccountService users, ProgramFactsService programs, JdbcTemplate jdbc) {
        this.plans = plans;
        this.users = users;
        this.programs = programs;
        this.jdbc = jdbc;
    }

    public boolean canReviewPlan(Long planId, Authentication authentication) {
        if (isAdmin(authentication)) {
            return true;
        }
        if (!(authentication.getPrincipal() instanceof CurrentUser user) || !user.hasRole(Role.PLANNER)) {
            return false;
        }
        if (planId == null) {
            return true; // no plan chosen: the service answers with the field's message
        }
        Optional<Long> agency = conductingAgency(planId);
        return agency.isEmpty() || agency.get() == user.agencyId();
    }

    public boolean canOverride(long programId, Authentication authentication) {
        Long plan;
        try {
            plan = programs.facts(programId).planId();
        } catch (NotFoundException e) {
            return isAdmin(authentication) || isPlanner(authentication);
        }
        return canReviewPlan(plan, authentication);
    }

    public boolean canDecide(long reviewId, long itemId, Authentication authentication) {
        List<Long> plan = jdbc.queryForList("select plan_id from portfolio_review_item where id = ? and review_id = ?",
                Long.class, itemId, reviewId);
        if (plan.isEmpty()) {
            return isAdmin(authentication) || isPlanner(authentication);
        }
        return canReviewPlan(plan.get(0), authentication);
    }

    /**
     * Who may compute a review's recommendations again: its reviewers, administrators and the planners of the agency
     * conducting one of the review's plans (as for its decisions). An unknown review is let through (404).
     */
    public boolean canRecompute(long reviewId, Authentication authentication) {
        if (isAdmin(authentication)) {
            return true;
        }
        if (!isPlanner(authentication)) {
            return false;
        }
        List<Long> reviews = jdbc.queryForList("select id from portfolio_review where id = ?", Long.class, reviewId);
        if (reviews.isEmpty()) {
            return true;
        }
        List<Long> planIds = jdbc.queryForList("select distinct plan_id from portfolio_review_item where review_id = ?"
                + " union select plan_id from portfolio_review where id = ? and plan_id is not null", Long.class,
                reviewId, reviewId);
        return planIds.stream().anyMatch(plan -> canReviewPlan(plan, authentication));
    }

    public boolean canOpenReview(ReviewScope scope, Long planId, Authentication authentication) {
        if (scope == ReviewScope.PLAN) {
            return canReviewPlan(planId, authentication);
        }
        return isAdmin(authentication);
    }

    /** The agency of the plan's conductor; empty when the plan does not exist. Read once per page view. */
    private Optional<Long> conductingAgency(long planId) {
        return ReadOncePerRequest.get("portfolio.conductingAgency." + planId, () -> {
            long conductor;
            try {
                conductor = plans.context(planId).conductorUserId();
            } catch (NotFoundException e) {
                return Optional.<Long>empty();
            }
            return Optional.of(users.findRef(conductor).map(UserRef::agencyId).orElse(-1L));
        });
    }

    /** An administrator, or the application itself acting as one (demo data, scheduled work). */
    private static boolean isAdmin(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
    }

    private static boolean isPlanner(Authentication authentication) {
        return authentication.getPrincipal() instanceof CurrentUser user && user.hasRole(Role.PLANNER);
    }
}
