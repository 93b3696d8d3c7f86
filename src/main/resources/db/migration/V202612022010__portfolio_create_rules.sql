-- Portfolio review (issue 15, section 6): the rules that turn a program's factors into a recommendation, kept as data
-- and edited by administrators. Rules are tried in position order; the first whose every condition holds gives the
-- recommendation. A condition left empty holds for any value. A program whose priority is not set matches no rule
-- with a priority bound; one without competition data matches no rule with a competition condition.
create table portfolio_rule (
    id                    bigserial     primary key,
    position              integer       not null,
    name                  varchar(200)  not null,
    recommendation        varchar(20)   not null,
    explanation           varchar(2000) not null,
    priority_min          smallint,
    priority_max          smallint,
    performances          varchar(100),
    risks                 varchar(100),
    competitor_share_min  numeric(5, 1),
    competitor_rising     boolean,
    country_tier_max      smallint,
    enabled               boolean       not null default true,
    version               bigint        not null default 0,
    created_at            timestamptz   not null default now(),
    created_by            varchar(100)  not null default 'system',
    updated_at            timestamptz   not null default now(),
    updated_by            varchar(100)  not null default 'system',
    constraint uq_portfolio_rule_position unique (position),
    constraint ck_portfolio_rule_recommendation check (recommendation in ('SUSTAIN', 'REVAMP', 'CUT', 'EXPERIMENT')),
    constraint ck_portfolio_rule_priority check ((priority_min is null or priority_min between 1 and 5)
        and (priority_max is null or priority_max between 1 and 5)
        and (priority_min is null or priority_max is null or priority_min <= priority_max)),
    constraint ck_portfolio_rule_share check (competitor_share_min is null or competitor_share_min between 0 and 100),
    constraint ck_portfolio_rule_tier check (country_tier_max is null or country_tier_max between 1 and 3)
);

insert into portfolio_rule (position, name, recommendation, explanation, priority_min, priority_max, performances,
        risks, competitor_share_min, competitor_rising) values
 (5, 'Cutting would cede ground', 'REVAMP', 'A lower-priority program that is not working, in a country where strategic competitors deliver half the arms or more and their share is rising: cutting it has a high opportunity cost, so redesign it instead.', 3, 5, 'OFF_TRACK', null, 50.0, true),
 (10, 'Low stakes, not working', 'CUT', 'The objectives it serves are of low priority (4 or 5) and its outcome indicators are off track: the risk and the opportunity cost of cutting are low.', 4, 5, 'OFF_TRACK', null, null, null),
 (20, 'High stakes, not working', 'REVAMP', 'It serves a priority 1 or 2 objective but its outcome evidence is off track or mixed: what is lost if the objective fails is too much to cut, so change the design.', 1, 2, 'OFF_TRACK,MIXED', null, null, null),
 (30, 'High stakes, high risk', 'REVAMP', 'It serves a priority 1 or 2 objective but its risk is high (a blocking finding, a credible abuse by the recipient unit, or several warnings together): keep the objective, change how it is pursued.', 1, 2, null, 'HIGH', null, null),
 (40, 'Low stakes, high risk', 'CUT', 'Low priority (4 or 5) and high risk: little is lost by cutting and much is risked by continuing.', 4, 5, null, 'HIGH', null, null),
 (50, 'Contested partner, mixed results', 'REVAMP', 'Medium or high priority, mixed results, and strategic competitors deliver a quarter or more of the arms: improve it rather than leave the field.', 1, 3, 'MIXED', null, 25.0, null),
 (60, 'Stakes without evidence', 'EXPERIMENT', 'It serves a priority 1 to 3 objective but nothing measures its outcomes: accept the risk as an experiment, with a hypothesis, an indicator of success, a review date and a stop criterion.', 1, 3, 'UNKNOWN', null, null, null),
 (70, 'No evidence, low stakes, some risk', 'CUT', 'Low priority, no outcome evidence and medium risk: the case for continuing is not made.', 4, 5, 'UNKNOWN', 'MEDIUM', null, null),
 (80, 'Working', 'SUSTAIN', 'Its outcome indicators are on track and its risk is low or medium.', null, null, 'ON_TRACK', 'LOW,MEDIUM', null, null),
 (90, 'Working but risky', 'REVAMP', 'On track, but its risk is high: keep the results, reduce the risk.', null, null, 'ON_TRACK', 'HIGH', null, null),
 (100, 'Unproven', 'EXPERIMENT', 'No outcome evidence: run it as an experiment with a stop criterion, or measure it.', null, null, 'UNKNOWN', null, null, null),
 (110, 'Mixed results', 'REVAMP', 'Some outcome indicators on track, others off track: fix what is not working.', null, null, 'MIXED', null, null, null),
 (120, 'Not working', 'REVAMP', 'Its outcome indicators are off track and its priority does not settle the question: redesign it, or show that it cannot be fixed and cut it.', null, null, 'OFF_TRACK', null, null, null);

-- A program's factors and recommendation as last computed (a read model: the portfolio module computes it from the
-- public APIs of plans, programs, evaluations, compliance, authorities and interchange, and keeps it here so that the
-- recommendations table and the dashboards page, filter and aggregate in SQL). Funding is the ALLOCATED amount, by
-- fiscal year (never added to another kind of money).
create table portfolio_assessment (
    program_id           bigint        primary key,
    plan_id              bigint        not null,
    country_id           bigint        not null,
    region_id            bigint        not null,
    lead_agency_id       bigint        not null,
    program_title        varchar(300)  not null,
    plan_title           varchar(300)  not null,
    country_name         varchar(200)  not null,
    agency_label         varchar(300)  not null,
    primary_category     varchar(40),
    first_fiscal_year    integer       not null,
    last_fiscal_year     integer       not null,
    priority             smallint,
    derived_priority     smallint,
    priority_derivation  varchar(4000) not null,
    priority_overridden  boolean       not null default false,
    country_tier         smallint,
    performance          varchar(20)   not null,
    on_track             integer       not null,
    off_track            integer       not null,
    no_data              integer       not null,
    indicators           integer       not null,
    outcome_indicators   integer       not null,
    effect_rating        smallint,
    effect_rating_date   date,
    risk                 varchar(20)   not null,
    blocking_findings    integer       not null,
    warning_findings     integer       not null,
    credible_incidents   integer       not null,
    absorptive_capacity  varchar(20),
    sustainment          varchar(20)   not null,
    authority_sunset     date,
    governance           numeric(6, 2),
    governance_year      integer,
    conflict_intensity   smallint,
    conflict_year        integer,
    military_burden      numeric(6, 2),
    military_burden_year integer,
    competitor_share     numeric(5, 1),
    competitor_rising    boolean,
    recommendation       varchar(20),
    rule_id              bigint,
    rule_name            varchar(200),
    reasons              varchar(4000) not null,
    allocated            numeric(19, 2) not null default 0,
    computed_at          timestamptz   not null,
    constraint fk_portfolio_assessment_program foreign key (program_id) references program (id) on delete cascade,
    constraint ck_portfolio_assessment_recommendation check (recommendation is null
        or recommendation in ('SUSTAIN', 'REVAMP', 'CUT', 'EXPERIMENT'))
);
create index ix_portfolio_assessment_plan on portfolio_assessment (plan_id);
create index ix_portfolio_assessment_country on portfolio_assessment (country_id);
create index ix_portfolio_assessment_region on portfolio_assessment (region_id);
create index ix_portfolio_assessment_agency on portfolio_assessment (lead_agency_id);
create index ix_portfolio_assessment_recommendation on portfolio_assessment (recommendation);
create index ix_portfolio_assessment_years on portfolio_assessment (first_fiscal_year, last_fiscal_year);

create table portfolio_assessment_funding (
    program_id   bigint         not null,
    fiscal_year  integer        not null,
    allocated    numeric(19, 2) not null,
    constraint pk_portfolio_assessment_funding primary key (program_id, fiscal_year),
    constraint fk_portfolio_assessment_funding_program foreign key (program_id)
        references portfolio_assessment (program_id) on delete cascade
);
create index ix_portfolio_assessment_funding_year on portfolio_assessment_funding (fiscal_year);
