package org.ssaplanner.portfolio;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.ssaplanner.interchange.CompetitionService;
import org.ssaplanner.interchange.CompetitorShares;
import org.ssaplanner.plans.PlanService;
import org.ssaplanner.reference.CountryRef;
import org.ssaplanner.reference.ReferenceDataService;
import org.ssaplanner.reference.ReferenceItem;
import org.ssaplanner.reference.RegionRef;
import org.ssaplanner.shared.ReadOncePerRequest;

/**
 * The portfolio's views by partner country: the capability coverage matrix ({@code /portfolio/coverage}) and the
 * competition across the portfolio ({@code /portfolio/competition}). Partner countries are those with a country plan
 * or a priority tier. Programs and funding come from the computed assessments ({@link AssessmentService}), aggregated
 * in SQL; the competitors' shares from interchange's {@link CompetitionService}, one statement for every country. A
 * constant number of statements whatever the size of the portfolio. Everyone signed in reads.
 */
@Service
@Transactional(readOnly = true)
public class CountryViewService {

    private static final List<String> FOCUS_ORDER = List.of("HIGH_END", "WEAK_STATE", "GENERAL");

    private final JdbcTemplate jdbc;
    private final ReferenceDataService reference;
    private final PlanService plans;
    private final CompetitionService competition;

    CountryViewService(JdbcTemplate jdbc, ReferenceDataService reference, PlanService plans,
            CompetitionService competition) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.plans = plans;
        this.competition = competition;
    }

    @PreAuthorize("isAuthenticated()")
    public Coverage coverage(CountryFilter filter) {
        Map<String, String> focus = reference.capabilityDomainFocus();
        List<Coverage.Domain> domains = reference.capabilityDomains().stream()
                .map((ReferenceItem d) -> new Coverage.Domain(d.code(), d.name(), focus.getOrDefault(d.code(), "GENERAL")))
                .sorted(Comparator.comparingInt((Coverage.Domain d) -> rank(d.focus())))
                .toList();
        List<CountryRef> countries = partnerCountries(filter);
        Map<Long, Integer> tiers = tiers();
        Map<String, CompetitorShares> shares = competition.competitorShares();

        List<Object> args = new ArrayList<>();
        String programs = programs(filter, args);
        Map<String, Coverage.Cell> cells = new HashMap<>();
        Set<Long> regionsWithPrograms = new HashSet<>();
        Instant[] computedAt = {null};
        jdbc.query("with p as (" + programs + "),"
                + " c as (select p.*, d.domain_code from p left join portfolio_assessment_domain d"
                + " on d.program_id = p.program_id)"
                + " select 'C' as kind, country_id as id, domain_code, count(*), coalesce(sum(amount), 0), min(computed_at)"
                + " from c group by country_id, domain_code"
                + " union all select 'R', region_id, domain_code, count(*), coalesce(sum(amount), 0), min(computed_at)"
                + " from c group by region_id, domain_code"
                + " union all select 'CT', country_id, null, count(*), coalesce(sum(amount), 0), min(computed_at)"
                + " from p group by country_id"
                + " union all select 'RT', region_id, null, count(*), coalesce(sum(amount), 0), min(computed_at)"
                + " from p group by region_id", rs -> {
                    String kind = rs.getString(1);
                    long id = rs.getLong(2);
                    String domain = rs.getString(3);
                    cells.put(kind + ":" + id + ":" + (domain == null ? "" : domain),
                            new Coverage.Cell(rs.getLong(4), rs.getBigDecimal(5), false));
                    if (kind.startsWith("R")) {
                        regionsWithPrograms.add(id);
                    }
                    Timestamp at = rs.getTimestamp(6);
                    if (at != null && (computedAt[0] == null || at.toInstant().isBefore(computedAt[0]))) {
                        computedAt[0] = at.toInstant();
                    }
                }, args.toArray());

        List<Coverage.Row> countryRows = new ArrayList<>();
        for (CountryRef country : countries) {
            Integer tier = tiers.get(country.id());
            CompetitorShares share = shares.get(country.alpha3());
            boolean stakesHigh = tier != null && tier == 1 || share != null && CompetitionLevel.high(share.competitorsShare());
            List<Coverage.Cell> row = domains.stream().map(d -> {
                Coverage.Cell cell = cells.getOrDefault("C:" + country.id() + ":" + d.code(), Coverage.Cell.EMPTY);
                return cell.empty() && stakesHigh ? new Coverage.Cell(0, BigDecimal.ZERO, true) : cell;
            }).toList();
            countryRows.add(new Coverage.Row(country.alpha3(), country.name(), tier,
                    share == null ? null : share.competitorsShare(), share == null ? null : share.rising(), row,
                    cells.getOrDefault("C:" + country.id() + ":", Coverage.Cell.EMPTY),
                    cells.getOrDefault("CT:" + country.id() + ":", Coverage.Cell.EMPTY)));
        }
        List<Coverage.Row> regionRows = new ArrayList<>();
        for (RegionRef region : reference.regions()) {
            if (!regionsWithPrograms.contains(region.id())) {
                continue;
            }
            regionRows.add(new Coverage.Row(null, region.parentName() == null ? region.name()
                    : region.parentName() + " / " + region.name(), null, null, null,
                    domains.stream().map(d -> cells.getOrDefault("R:" + region.id() + ":" + d.code(),
                            Coverage.Cell.EMPTY)).toList(),
                    cells.getOrDefault("R:" + region.id() + ":", Coverage.Cell.EMPTY),
                    cells.getOrDefault("RT:" + region.id() + ":", Coverage.Cell.EMPTY)));
        }
        return new Coverage(domains, countryRows, regionRows, computedAt[0],
                competition.register().shownAttribution());
    }

    @PreAuthorize("isAuthenticated()")
    public PortfolioCompetition competition(CountryFilter filter) {
        List<CountryRef> countries = partnerCountries(filter);
        Map<Long, Integer> tiers = tiers();
        Map<String, CompetitorShares> shares = competition.competitorShares();
        List<Object> args = new ArrayList<>();
        Map<Long, Object[]> byCountry = new HashMap<>();
        Instant[] computedAt = {null};
        jdbc.query("with p as (" + programs(filter, args) + ") select country_id, count(*), coalesce(sum(amount), 0),"
                + " count(*) filter (where recommendation = 'SUSTAIN'), count(*) filter (where recommendation = 'REVAMP'),"
                + " count(*) filter (where recommendation = 'CUT'),"
                + " count(*) filter (where recommendation = 'EXPERIMENT'), count(*) filter (where recommendation is null),"
                + " min(computed_at) from p group by country_id", rs -> {
                    byCountry.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getBigDecimal(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)});
                    Timestamp at = rs.getTimestamp(9);
                    if (at != null && (computedAt[0] == null || at.toInstant().isBefore(computedAt[0]))) {
                        computedAt[0] = at.toInstant();
                    }
                }, args.toArray());
        List<PortfolioCompetition.Row> rows = new ArrayList<>();
        int others = 0;
        Integer first = null;
        Integer last = null;
        for (CountryRef country : countries) {
            CompetitorShares share = shares.get(country.alpha3());
            boolean high = share != null && CompetitionLevel.high(share.competitorsShare());
            boolean rising = share != null && Boolean.TRUE.equals(share.rising());
            if (!high && !rising) {
                others++;
                continue;
            }
            first = share.firstYear();
            last = share.lastYear();
            Object[] p = byCountry.getOrDefault(country.id(), new Object[] {0L, BigDecimal.ZERO, 0L, 0L, 0L, 0L, 0L});
            rows.add(new PortfolioCompetition.Row(country.alpha3(), country.name(), country.regionLabel(),
                    tiers.get(country.id()), share.tiv(), share.unitedStatesShare(), share.competitorsShare(),
                    share.change5(), high, rising, (Long) p[0], (BigDecimal) p[1], (Long) p[2], (Long) p[3],
                    (Long) p[4], (Long) p[5], (Long) p[6]));
        }
        rows.sort(Comparator.comparing(PortfolioCompetition.Row::competitorsShare,
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(PortfolioCompetition.Row::name));
        return new PortfolioCompetition(rows, others, first, last, computedAt[0],
                competition.register().shownAttribution());
    }

    /**
     * The assessed programs the filter selects, one row each: country, region, recommendation, when computed, and the
     * amount (the fiscal year's allocation with a year, all of it without).
     */
    private String programs(CountryFilter filter, List<Object> args) {
        StringBuilder sql = new StringBuilder("select a.program_id, a.country_id, a.region_id, a.recommendation,"
                + " a.computed_at, ");
        if (filter.fiscalYear() != null) {
            sql.append("coalesce((select f.allocated from portfolio_assessment_funding f where f.program_id = a.program_id"
                    + " and f.fiscal_year = ?), 0) as amount");
            args.add(filter.fiscalYear());
        } else {
            sql.append("a.allocated as amount");
        }
        sql.append(" from portfolio_assessment a where true");
        if (filter.regionId() != null) {
            sql.append(" and a.region_id = any(?)");
            args.add(regionAndChildren(filter.regionId()).toArray(Long[]::new));
        }
        if (filter.fiscalYear() != null) {
            sql.append(" and ? between a.first_fiscal_year and a.last_fiscal_year");
            args.add(filter.fiscalYear());
        }
        if (filter.agencyId() != null) {
            sql.append(" and a.lead_agency_id = ?");
            args.add(filter.agencyId());
        }
        return sql.toString();
    }

    private Set<Long> regionAndChildren(long regionId) {
        Set<Long> ids = new HashSet<>();
        ids.add(regionId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (RegionRef region : reference.regions()) {
                if (region.parentId() != null && ids.contains(region.parentId()) && ids.add(region.id())) {
                    grew = true;
                }
            }
        }
        return ids;
    }

    /** Countries with a plan or a tier, in the filter's region, by name. */
    private List<CountryRef> partnerCountries(CountryFilter filter) {
        Set<Long> partners = new HashSet<>(plans.countryOfEveryPlan().values());
        partners.addAll(tiers().keySet());
        Set<Long> regions = filter.regionId() == null ? null : regionAndChildren(filter.regionId());
        return reference.countries().stream().filter(c -> partners.contains(c.id()))
                .filter(c -> regions == null || regions.contains(c.regionId()))
                .sorted(Comparator.comparing(CountryRef::name)).collect(Collectors.toList());
    }

    /** Each country's current tier (the latest setting). */
    private Map<Long, Integer> tiers() {
        return ReadOncePerRequest.get("portfolio.tiers", () -> {
            Map<Long, Integer> tiers = new HashMap<>();
            jdbc.query("select distinct on (country_id) country_id, tier from portfolio_country_tier"
                    + " order by country_id, set_at desc, id desc", rs -> {
                        tiers.put(rs.getLong(1), rs.getInt(2));
                    });
            return tiers;
        });
    }

    private static int rank(String focus) {
        int i = FOCUS_ORDER.indexOf(focus);
        return i < 0 ? FOCUS_ORDER.size() : i;
    }
}
