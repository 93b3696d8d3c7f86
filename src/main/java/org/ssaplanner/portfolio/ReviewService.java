package org.ssaplanner.portfolio;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.plans.PlanContext;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.programs.ProgramFacts;
import org.ssaplanner.programs.ProgramFactsService;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.RegionRef;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.FieldValidationException.Violation;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUser;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * Portfolio reviews (issue 15, section 6): a review of a plan, a region or a fiscal year lists its programs with their
 * recommendations (computed when it opens), and records per program the decision taken, who took it and when,
 * against the recommendation then shown. Rights: see {@link PortfolioPermissions}.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    private final JdbcTemplate jdbc;
    private final AssessmentService assessments;
    private final PlanService plans;
    private final ProgramFactsService programs;
    private final ReferenceDataService reference;

    ReviewService(JdbcTemplate jdbc, AssessmentService assessments, PlanService plans, ProgramFactsService programs,
            ReferenceDataService reference) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.plans = plans;
        this.programs = programs;
        this.reference = reference;
    }

    @PreAuthorize("isAuthenticated()")
    public Page<ReviewSummary> reviews(Pageable pageable) {
        List<ReviewSummary> rows = jdbc.query("select r.id, r.scope, r.plan_id, r.region_id, r.fiscal_year, r.title,"
                + " r.reviewer_name, r.created_at, count(i.id), count(i.decision),"
                + " count(*) filter (where i.decision is not null and i.follow_up_date < current_date)"
                + " from portfolio_review r left join portfolio_review_item i on i.review_id = r.id"
                + " group by r.id order by r.created_at desc, r.id desc limit ? offset ?",
                (rs, i) -> new ReviewSummary(rs.getLong(1), ReviewScope.valueOf(rs.getString(2)),
                        (Long) rs.getObject(3), (Long) rs.getObject(4), (Integer) rs.getObject(5), rs.getString(6),
                        rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getLong(9), rs.getLong(10),
                        rs.getLong(11)), pageable.getPageSize(), pageable.getOffset());
        long total = rows.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? rows.size()
                : jdbc.queryForObject("select count(*) from portfolio_review", Long.class);
        return new PageImpl<>(rows, pageable, total);
    }

    /** The review with its programs: two statements whatever its size. */
    @PreAuthorize("isAuthenticated()")
    public ReviewDetail review(long id) {
        List<ReviewDetail> found = jdbc.query("select * from portfolio_review where id = ?", (rs, i) ->
                new ReviewDetail(rs.getLong("id"), rs.getLong("version"), ReviewScope.valueOf(rs.getString("scope")),
                        (Long) rs.getObject("plan_id"), (Long) rs.getObject("region_id"),
                        (Integer) rs.getObject("fiscal_year"), rs.getString("title"), rs.getString("reviewer_name"),
                        rs.getTimestamp("created_at").toInstant(), List.of()), id);
        if (found.isEmpty()) {
            throw new NotFoundException("Review", id);
        }
        ReviewDetail review = found.get(0);
        List<ReviewDetail.Item> items = new ArrayList<>();
        jdbc.query("select i.*, r.title as review_title, a.program_title as a_title, a.*"
                + " from portfolio_review_item i join portfolio_review r on r.id = i.review_id"
                + " join portfolio_assessment a on a.program_id = i.program_id where i.review_id = ?"
                + " order by a.priority nulls last, a.program_title, i.id", rs -> {
                    items.add(new ReviewDetail.Item(DECISION.mapRow(rs, 0), AssessmentService.ROW.mapRow(rs, 0)));
                }, id);
        return new ReviewDetail(review.id(), review.version(), review.scope(), review.planId(), review.regionId(),
                review.fiscalYear(), review.title(), review.reviewerName(), review.createdAt(), items);
    }

    @PreAuthorize("isAuthenticated()")
    public Decision item(long reviewId, long itemId) {
        return jdbc.query("select i.*, r.title as review_title, a.program_title as a_title"
                + " from portfolio_review_item i join portfolio_review r on r.id = i.review_id"
                + " left join portfolio_assessment a on a.program_id = i.program_id"
                + " where i.id = ? and i.review_id = ?", DECISION, itemId, reviewId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Review item", itemId));
    }

    /** Every decision taken on a program, the latest first (the program page; one statement). */
    @PreAuthorize("isAuthenticated()")
    public List<Decision> decisionsOfProgram(long programId) {
        return jdbc.query("select i.*, r.title as review_title, a.program_title as a_title"
                + " from portfolio_review_item i join portfolio_review r on r.id = i.review_id"
                + " left join portfolio_assessment a on a.program_id = i.program_id"
                + " where i.program_id = ? and i.decision is not null order by i.decided_at desc, i.id desc", DECISION,
                programId);
    }

    /** The latest decision on each of a plan's programs (the plan page; one statement). */
    @PreAuthorize("isAuthenticated()")
    public List<Decision> latestDecisionsOfPlan(long planId) {
        return jdbc.query("select distinct on (i.program_id) i.*, r.title as review_title, a.program_title as a_title"
                + " from portfolio_review_item i join portfolio_review r on r.id = i.review_id"
                + " left join portfolio_assessment a on a.program_id = i.program_id"
                + " where i.plan_id = ? and i.decision is not null order by i.program_id, i.decided_at desc, i.id desc",
                DECISION, planId);
    }

    /** The history of an item's decisions, oldest first. */
    @PreAuthorize("isAuthenticated()")
    public List<Decision> decisionHistory(long programId) {
        return jdbc.query("select l.id as id, l.review_id, l.program_id, 0 as plan_id, l.decision, l.recommended,"
                + " null as recommended_reasons, l.reason, l.owner, l.follow_up_date, null as hypothesis,"
                + " null as success_indicator, null as experiment_review_date, null as stop_criterion,"
                + " null as closure_plan, null as theory_of_change_effect, l.decided_by, l.decided_at, 0 as version,"
                + " r.title as review_title, null as a_title from portfolio_decision_log l"
                + " join portfolio_review r on r.id = l.review_id where l.program_id = ? order by l.decided_at, l.id",
                DECISION, programId);
    }

    @PreAuthorize("@portfolioPermissions.canOpenReview(#scope, #planId, authentication)")
    public void checkCanOpen(ReviewScope scope, Long planId) {
        // method security decides
    }

    @PreAuthorize("@portfolioPermissions.canDecide(#reviewId, #itemId, authentication)")
    public void checkCanDecide(long reviewId, long itemId) {
        item(reviewId, itemId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'PLANNER')")
    public void checkCanOpenAny() {
        // method security decides
    }

    /**
     * Opens a review: computes the recommendations of the programs it covers and lists them undecided. A region's or a
     * fiscal year's review covers the programs of the plans in that region or spanning that year.
     */
    @PreAuthorize("@portfolioPermissions.canOpenReview(#command.scope(), #command.planId(), authentication)")
    @Transactional
    public long open(ReviewCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command.scope() == null) {
            violations.add(new Violation("scope", "portfolio.review.scope.required"));
        } else {
            switch (command.scope()) {
                case PLAN -> {
                    if (command.planId() == null) {
                        violations.add(new Violation("planId", "portfolio.review.plan.required"));
                    }
                }
                case REGION -> {
                    if (command.regionId() == null) {
                        violations.add(new Violation("regionId", "portfolio.review.region.required"));
                    }
                }
                case FISCAL_YEAR -> {
                    if (command.fiscalYear() == null || command.fiscalYear() < 1990 || command.fiscalYear() > 2100) {
                        violations.add(new Violation("fiscalYear", "portfolio.review.fiscalYear.required"));
                    }
                }
            }
        }
        if (command.title() != null && command.title().strip().length() > 300) {
            violations.add(new Violation("title", "portfolio.text.tooLong", 300));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        List<Long> planIds;
        String title;
        switch (command.scope()) {
            case PLAN -> {
                PlanContext plan = plans.context(command.planId());
                planIds = List.of(plan.id());
                title = plan.title();
            }
            case REGION -> {
                RegionRef region = reference.regions().stream().filter(r -> r.id() == command.regionId()).findFirst()
                        .orElseThrow(() -> new FieldValidationException("regionId", "portfolio.review.region.required"));
                Map<Long, Long> countryOfPlan = plans.countryOfEveryPlan();
                Set<Long> countries = reference.countries().stream()
                        .filter(c -> c.regionId() == region.id()).map(c -> c.id())
                        .collect(Collectors.toSet());
                planIds = countryOfPlan.entrySet().stream().filter(e -> countries.contains(e.getValue()))
                        .map(Map.Entry::getKey).sorted().toList();
                title = region.name();
            }
            default -> {
                int year = command.fiscalYear();
                planIds = plans.contexts(plans.countryOfEveryPlan().keySet()).values().stream()
                        .filter(p -> p.coversFiscalYear(year)).map(PlanContext::id).sorted().toList();
                title = "FY" + year;
            }
        }
        if (command.title() != null && !command.title().isBlank()) {
            title = command.title().strip();
        } else {
            title = "Portfolio review: " + title;
        }
        CurrentUser reviewer = CurrentUsers.require();
        String user = reviewer.getUsername();
        long id = jdbc.queryForObject("insert into portfolio_review (scope, plan_id, region_id, fiscal_year, title,"
                + " reviewer_id, reviewer_name, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class, command.scope().name(), command.scope() == ReviewScope.PLAN ? command.planId() : null,
                command.scope() == ReviewScope.REGION ? command.regionId() : null,
                command.scope() == ReviewScope.FISCAL_YEAR ? command.fiscalYear() : null, title, reviewer.id(),
                reviewer.fullName(), user, user);
        for (long planId : planIds) {
            assessments.computePlan(planId);
            for (ProgramFacts program : programs.factsForPlan(planId)) {
                jdbc.update("insert into portfolio_review_item (review_id, program_id, plan_id, created_by, updated_by)"
                        + " values (?, ?, ?, ?, ?)", id, program.programId(), planId, user, user);
            }
        }
        return id;
    }

    /**
     * Computes the review's recommendations again (the decisions keep the recommendation they were taken against). Its
     * reviewers only, as for the decisions: administrators, and the planners of the agency conducting one of its plans.
     */
    @PreAuthorize("@portfolioPermissions.canRecompute(#id, authentication)")
    @Transactional
    public void recompute(long id) {
        ReviewDetail review = review(id);
        Set<Long> planIds = new TreeSet<>();
        review.items().forEach(i -> planIds.add(i.decision().planId()));
        for (long planId : planIds) {
            assessments.computePlan(planId);
        }
    }

    /**
     * Records the decision on one program of the review; refused with the fields' messages when incomplete, 409 when
     * someone decided meanwhile. The recommendation it is taken against is the one computed last.
     */
    @PreAuthorize("@portfolioPermissions.canDecide(#reviewId, #itemId, authentication)")
    @Transactional
    public void decide(long reviewId, long itemId, long expectedVersion, DecisionCommand command) {
        Decision item = item(reviewId, itemId);
        ProgramAssessment assessment = assessments.assessment(item.programId())
                .orElseThrow(() -> new NotFoundException("Assessment", item.programId()));
        LocalDate today = LocalDate.now();
        List<Violation> violations = DecisionRules.check(command, assessment.recommendation(), today);
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
        String effect = null;
        if (command.decision() == Recommendation.CUT) {
            List<Phrase> lost = new ArrayList<>(
                    assessments.outcomesLosingTheirOnlyProgram(item.planId(), item.programId()));
            lost.add(0, Phrase.of(lost.isEmpty() ? "portfolio.cut.none" : "portfolio.cut.lost"));
            effect = Phrase.encode(lost);
        }
        boolean experiment = command.decision() == Recommendation.EXPERIMENT;
        String user = CurrentUsers.require().getUsername();
        Instant now = Instant.now();
        int updated = jdbc.update("update portfolio_review_item set decision = ?, recommended = ?,"
                + " recommended_reasons = ?, reason = ?, owner = ?, follow_up_date = ?, hypothesis = ?,"
                + " success_indicator = ?, experiment_review_date = ?, stop_criterion = ?, closure_plan = ?,"
                + " theory_of_change_effect = ?, decided_by = ?, decided_at = ?, updated_by = ?, updated_at = now(),"
                + " version = version + 1 where id = ? and version = ?", command.decision().name(),
                assessment.recommendation() == null ? null : assessment.recommendation().name(),
                assessment.reasons(), text(command.reason()), text(command.owner()),
                Date.valueOf(command.followUpDate()), experiment ? text(command.hypothesis()) : null,
                experiment ? text(command.successIndicator()) : null,
                experiment ? Date.valueOf(command.experimentReviewDate()) : null,
                experiment ? text(command.stopCriterion()) : null,
                command.decision() == Recommendation.CUT ? text(command.closurePlan()) : null, effect, user,
                Timestamp.from(now), user, itemId, expectedVersion);
        if (updated == 0) {
            throw new StaleEditException("Review decision", itemId);
        }
        jdbc.update("insert into portfolio_decision_log (item_id, review_id, program_id, decision, recommended, reason,"
                + " owner, follow_up_date, decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", itemId,
                reviewId, item.programId(), command.decision().name(),
                assessment.recommendation() == null ? null : assessment.recommendation().name(),
                text(command.reason()), text(command.owner()), Date.valueOf(command.followUpDate()), user,
                Timestamp.from(now));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static final RowMapper<Decision> DECISION = ReviewService::decision;

    private static Decision decision(ResultSet rs, int i) throws SQLException {
        String decision = rs.getString("decision");
        String recommended = rs.getString("recommended");
        Date followUp = rs.getDate("follow_up_date");
        Date reviewDate = rs.getDate("experiment_review_date");
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Decision(rs.getLong("id"), rs.getLong("review_id"), rs.getString("review_title"),
                rs.getLong("program_id"), rs.getString("a_title"), rs.getLong("plan_id"),
                decision == null ? null : Recommendation.valueOf(decision),
                recommended == null ? null : Recommendation.valueOf(recommended), rs.getString("recommended_reasons"),
                rs.getString("reason"), rs.getString("owner"), followUp == null ? null : followUp.toLocalDate(),
                rs.getString("hypothesis"), rs.getString("success_indicator"),
                reviewDate == null ? null : reviewDate.toLocalDate(), rs.getString("stop_criterion"),
                rs.getString("closure_plan"), rs.getString("theory_of_change_effect"), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(), rs.getLong("version"));
    }

}
