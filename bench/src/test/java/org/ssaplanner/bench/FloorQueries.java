package org.ssaplanner.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The main query of each main page: the one statement a hand-written page would need for what the page is about
 * (its list, its search, its record), with the same parameters the benchmark's request sends. Its throughput alone
 * is the floor of the page; page throughput / floor shows what everything above the database costs.
 */
final class FloorQueries {

    record Floor(String page, String sql, Object... parameters) {
    }

    private FloorQueries() {
    }

    /** The program search's page query (ProgramSearch), first page of 20, newest first. */
    private static final String PROGRAM_PAGE = "select p.id, p.title, p.plan_id, cp.title as plan_title, cp.country_id,"
            + " p.lead_agency_id, p.assistance_type_code, p.primary_category, p.horizon, p.status, p.start_date,"
            + " p.end_date, coalesce((select sum(f.allocated) from program_funding_line f where f.program_id = p.id), 0)"
            + " from program p join country_plan cp on cp.id = p.plan_id %s order by p.updated_at desc, p.id desc"
            + " limit 20 offset 0";

    /** A plan's programs with their allocations: the plan page's program list and portfolio. */
    private static final String PLAN_PROGRAMS = "select p.id, p.title, p.status, p.primary_category, p.horizon,"
            + " p.lead_agency_id, coalesce(sum(f.allocated), 0), coalesce(sum(f.obligated), 0)"
            + " from program p left join program_funding_line f on f.program_id = p.id where p.plan_id = ?"
            + " group by p.id order by p.title, p.id";

    /** The coverage matrix's one aggregate (CountryViewService): per country and region, per domain and in all. */
    private static final String COVERAGE = "with p as (select a.program_id, a.country_id, a.region_id,"
            + " a.recommendation, a.computed_at, a.allocated as amount from portfolio_assessment a where true %s),"
            + " c as (select p.*, d.domain_code from p left join portfolio_assessment_domain d"
            + " on d.program_id = p.program_id)"
            + " select 'C' as kind, country_id as id, domain_code, count(*), coalesce(sum(amount), 0), min(computed_at)"
            + " from c group by country_id, domain_code"
            + " union all select 'R', region_id, domain_code, count(*), coalesce(sum(amount), 0), min(computed_at)"
            + " from c group by region_id, domain_code"
            + " union all select 'CT', country_id, null, count(*), coalesce(sum(amount), 0), min(computed_at)"
            + " from p group by country_id"
            + " union all select 'RT', region_id, null, count(*), coalesce(sum(amount), 0), min(computed_at)"
            + " from p group by region_id";

    static List<Floor> all(BenchSettings s, Connection db) throws SQLException {
        long viewerAgency = number(db, "select agency_id from app_user where username = 'viewer'");
        long country = number(db, "select id from country where alpha3 = '" + s.get("country") + "'");
        long plan25 = Long.parseLong(s.get("plan.small"));
        long plan500 = Long.parseLong(s.get("plan.large"));
        long program = Long.parseLong(s.get("program"));
        List<Floor> floors = new ArrayList<>();
        floors.add(new Floor("home", "select a.id, a.code, a.name, a.kind, p.code, p.name from agency a"
                + " left join agency p on p.id = a.parent_id where a.id = ?", viewerAgency));
        floors.add(new Floor("programs", PROGRAM_PAGE.formatted("")));
        floors.add(new Floor("programs?q=training", PROGRAM_PAGE.formatted(
                "where p.search_vector @@ websearch_to_tsquery('english', ?)"), s.get("word.common")));
        floors.add(new Floor("programs?q=rare", PROGRAM_PAGE.formatted(
                "where p.search_vector @@ websearch_to_tsquery('english', ?)"), s.get("word.rare")));
        floors.add(new Floor("plans", "select cp.id, cp.title, cp.status, cp.start_fiscal_year, cp.end_fiscal_year,"
                + " c.name, u.full_name from country_plan cp join country c on c.id = cp.country_id"
                + " join app_user u on u.id = cp.conductor_user_id order by cp.updated_at desc, cp.id limit 20"));
        floors.add(new Floor("countries/COL", "select cp.id, cp.title, cp.status, cp.start_fiscal_year,"
                + " cp.end_fiscal_year, count(p.id) from country_plan cp left join program p on p.plan_id = cp.id"
                + " where cp.country_id = ? group by cp.id order by cp.start_fiscal_year desc, cp.id", country));
        // the findings carry their sort keys (migration V202612020400): a page through ix_compliance_finding_order
        floors.add(new Floor("compliance", "select f.id, f.severity, f.reason, f.waiver_id, f.program_id,"
                + " f.program_title, f.country_id, r.code from compliance_finding f"
                + " join restriction r on r.id = f.restriction_id"
                + " order by f.severity_rank, f.program_title, f.program_id, f.restriction_id limit 25"));
        floors.add(new Floor("reports/results", "select a.code, cp.country_id, count(*), count(*) filter (where exists"
                + " (select 1 from evaluation_indicator i where i.program_id = p.id and i.level in ('OUTCOME', 'IMPACT')))"
                + " from program p join agency a on a.id = p.lead_agency_id join country_plan cp on cp.id = p.plan_id"
                + " group by grouping sets ((), (a.code), (cp.country_id))"));
        floors.add(new Floor("plan, 25 programs", PLAN_PROGRAMS, plan25));
        floors.add(new Floor("plan, 500 programs", PLAN_PROGRAMS, plan500));
        floors.add(new Floor("program", "select p.id, p.title, p.description, p.status, p.start_date, p.end_date,"
                + " p.recipient_unit_id, f.fiscal_year, f.funding_account, f.requested, f.allocated, f.obligated,"
                + " f.disbursed from program p left join program_funding_line f on f.program_id = p.id where p.id = ?"
                + " order by f.fiscal_year, f.funding_account", program));
        floors.add(new Floor("waivers", "select w.id, w.kind, w.status, w.requested_by, w.requested_at, w.expiry_date,"
                + " p.title, r.code from waiver w join program p on p.id = w.program_id"
                + " join restriction r on r.id = w.restriction_id order by w.requested_at desc, w.id desc limit 25"));
        // the portfolio's recommendations table, first page in its order (AssessmentService.recommendations); the
        // page's dashboards aggregate the same rows three more times
        floors.add(new Floor("portfolio", "select a.* from portfolio_assessment a order by a.priority nulls last,"
                + " a.country_name, a.program_title, a.program_id limit 25 offset 0"));
        floors.add(new Floor("portfolio/coverage", COVERAGE.formatted("")));
        floors.add(new Floor("portfolio/coverage?region", COVERAGE.formatted("and a.region_id = ?"),
                Long.parseLong(s.get("region"))));
        return floors;
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("No row for " + sql);
            }
            return rs.getLong(1);
        }
    }
}
