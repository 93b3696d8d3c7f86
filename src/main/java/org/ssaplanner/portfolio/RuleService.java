package org.ssaplanner.portfolio;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.shared.FieldValidationException;
import org.ssaplanner.shared.NotFoundException;
import org.ssaplanner.shared.StaleEditException;
import org.ssaplanner.shared.security.CurrentUsers;

/**
 * The recommendation rules (issue 15, section 6), kept as data in {@code portfolio_rule}: everyone signed in reads
 * them (the rules page explains each), administrators change them. A change applies from the next computation.
 */
@Service
@Transactional(readOnly = true)
public class RuleService {

    public record RuleView(RecommendationRule rule, long version, String updatedBy, Instant updatedAt) {
    }

    private final JdbcTemplate jdbc;

    RuleService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("isAuthenticated()")
    public List<RuleView> rules() {
        return jdbc.query("select * from portfolio_rule order by position", RuleService::view);
    }

    @PreAuthorize("isAuthenticated()")
    public RuleView rule(long id) {
        return jdbc.query("select * from portfolio_rule where id = ?", RuleService::view, id).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Rule", id));
    }

    List<RecommendationRule> enabledRules() {
        return jdbc.query("select * from portfolio_rule where enabled order by position", RuleService::view).stream()
                .map(RuleView::rule).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void checkCanEdit() {
        // method security decides
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(RuleCommand command) {
        validate(command);
        try {
            return jdbc.queryForObject("insert into portfolio_rule (position, name, recommendation, explanation,"
                    + " priority_min, priority_max, performances, risks, competitor_share_min, competitor_rising,"
                    + " country_tier_max, enabled, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?) returning id", Long.class, args(command, user(), user()));
        } catch (DuplicateKeyException e) {
            throw new FieldValidationException("position", "portfolio.rule.position.taken");
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, long expectedVersion, RuleCommand command) {
        rule(id);
        validate(command);
        Object[] values = args(command, user());
        Object[] all = Arrays.copyOf(values, values.length + 2);
        all[values.length] = id;
        all[values.length + 1] = expectedVersion;
        int updated;
        try {
            updated = jdbc.update("update portfolio_rule set position = ?, name = ?, recommendation = ?, explanation = ?,"
                    + " priority_min = ?, priority_max = ?, performances = ?, risks = ?, competitor_share_min = ?,"
                    + " competitor_rising = ?, country_tier_max = ?, enabled = ?, updated_by = ?, updated_at = now(),"
                    + " version = version + 1 where id = ? and version = ?", all);
        } catch (DuplicateKeyException e) {
            throw new FieldValidationException("position", "portfolio.rule.position.taken");
        }
        if (updated == 0) {
            throw new StaleEditException("Rule", id);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        rule(id);
        jdbc.update("update portfolio_assessment set rule_id = null where rule_id = ?", id);
        jdbc.update("delete from portfolio_rule where id = ?", id);
    }

    private static void validate(RuleCommand c) {
        List<FieldValidationException.Violation> violations = new ArrayList<>();
        if (c.priorityMin() != null && c.priorityMax() != null && c.priorityMin() > c.priorityMax()) {
            violations.add(new FieldValidationException.Violation("priorityMax", "portfolio.rule.priority.order"));
        }
        if (!violations.isEmpty()) {
            throw new FieldValidationException(violations);
        }
    }

    private static Object[] args(RuleCommand c, String... users) {
        List<Object> values = new ArrayList<>(List.of(c.position(), c.name().strip(), c.recommendation().name(),
                c.explanation().strip()));
        values.add(c.priorityMin());
        values.add(c.priorityMax());
        values.add(joined(c.performances()));
        values.add(joined(c.risks()));
        values.add(c.competitorShareMin());
        values.add(c.competitorRising());
        values.add(c.countryTierMax());
        values.add(c.enabled());
        values.addAll(List.of(users));
        return values.toArray();
    }

    private static String joined(Set<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String user() {
        return CurrentUsers.current().map(u -> u.getUsername()).orElse(CurrentUsers.SYSTEM);
    }

    private static RuleView view(ResultSet rs, int i) throws SQLException {
        RecommendationRule rule = new RecommendationRule(rs.getLong("id"), rs.getInt("position"), rs.getString("name"),
                Recommendation.valueOf(rs.getString("recommendation")), rs.getString("explanation"),
                (Integer) rs.getObject("priority_min", Integer.class),
                (Integer) rs.getObject("priority_max", Integer.class),
                split(rs.getString("performances"), Performance.class), split(rs.getString("risks"), RiskLevel.class),
                rs.getBigDecimal("competitor_share_min"), (Boolean) rs.getObject("competitor_rising"),
                (Integer) rs.getObject("country_tier_max", Integer.class), rs.getBoolean("enabled"));
        return new RuleView(rule, rs.getLong("version"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).map(s -> Enum.valueOf(type, s))
                .collect(Collectors.toSet());
    }
}
