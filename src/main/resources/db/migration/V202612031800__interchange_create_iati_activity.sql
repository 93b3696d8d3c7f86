-- Issue 17, section 2: IATI activity files (2.01 to 2.03) imported as published: the activities, their transactions,
-- budgets and results (indicators with baselines and periods). An activity is identified by its iati-identifier; a
-- newer file of its publisher replaces it (children with it), an identical one leaves it untouched (same digest).
-- Amounts are exact decimals in the currency they were published in (never converted, never added across currencies).

create table interchange_iati_activity (
    id                    bigserial     primary key,
    identifier            varchar(200)  not null,
    reporting_org_ref     varchar(100)  not null,
    reporting_org_name    varchar(500),
    iati_version          varchar(10)   not null,
    title                 varchar(1000),
    recipient_country     varchar(2),
    activity_status       varchar(10),
    planned_start         date,
    actual_start          date,
    planned_end           date,
    actual_end            date,
    default_currency      varchar(3),
    last_updated          timestamp with time zone,
    digest                varchar(64)   not null,
    source_line           bigint        not null,
    import_id             bigint        not null,
    constraint uq_interchange_iati_activity_identifier unique (identifier),
    constraint fk_interchange_iati_activity_import foreign key (import_id) references interchange_import (id),
    constraint ck_interchange_iati_activity_country check (recipient_country ~ '^[A-Z]{2}$')
);
create index ix_interchange_iati_activity_country on interchange_iati_activity (recipient_country, reporting_org_ref);
create index ix_interchange_iati_activity_import on interchange_iati_activity (import_id);

create table interchange_iati_transaction (
    id                    bigserial     primary key,
    activity_id           bigint        not null,
    position              integer       not null,
    ref                   varchar(200),
    type_code             varchar(5)    not null,
    value                 numeric(20,2) not null,
    currency              varchar(3)    not null,
    value_date            date,
    transaction_date      date,
    constraint fk_interchange_iati_transaction_activity foreign key (activity_id)
        references interchange_iati_activity (id) on delete cascade,
    constraint uq_interchange_iati_transaction_position unique (activity_id, position),
    constraint ck_interchange_iati_transaction_currency check (currency ~ '^[A-Z]{3}$')
);

create table interchange_iati_budget (
    id                    bigserial     primary key,
    activity_id           bigint        not null,
    position              integer       not null,
    type_code             varchar(5),
    status_code           varchar(5),
    period_start          date,
    period_end            date,
    value                 numeric(20,2) not null,
    currency              varchar(3)    not null,
    value_date            date,
    constraint fk_interchange_iati_budget_activity foreign key (activity_id)
        references interchange_iati_activity (id) on delete cascade,
    constraint uq_interchange_iati_budget_position unique (activity_id, position),
    constraint ck_interchange_iati_budget_currency check (currency ~ '^[A-Z]{3}$')
);

-- One row per indicator of a result (the result's type and title repeated): results without an indicator say
-- nothing a planner can measure and are not stored.
create table interchange_iati_indicator (
    id                    bigserial     primary key,
    activity_id           bigint        not null,
    result_position       integer       not null,
    position              integer       not null,
    result_type           varchar(5),
    result_title          varchar(1000),
    measure               varchar(5),
    title                 varchar(1000),
    baseline_year         smallint,
    baseline_value        varchar(100),
    constraint fk_interchange_iati_indicator_activity foreign key (activity_id)
        references interchange_iati_activity (id) on delete cascade,
    constraint uq_interchange_iati_indicator_position unique (activity_id, result_position, position)
);

create table interchange_iati_indicator_period (
    id                    bigserial     primary key,
    indicator_id          bigint        not null,
    position              integer       not null,
    period_start          date,
    period_end            date,
    target_value          varchar(100),
    actual_value          varchar(100),
    constraint fk_interchange_iati_period_indicator foreign key (indicator_id)
        references interchange_iati_indicator (id) on delete cascade,
    constraint uq_interchange_iati_period_position unique (indicator_id, position)
);
create index ix_interchange_iati_indicator_period on interchange_iati_indicator_period (indicator_id);
