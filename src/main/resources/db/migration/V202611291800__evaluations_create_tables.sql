-- Results (IATI style): indicators per program with baseline, and periods with target and actual.
-- program_id and plan_outcome_id point into the programs and plans modules; their foreign keys are
-- added by a later migration once those tables exist.
create table evaluation_indicator (
    id               bigserial    primary key,
    program_id       bigint       not null,
    plan_outcome_id  bigint,
    partner_unit_id  bigint,
    name             varchar(300) not null,
    definition       text,
    level            varchar(20)  not null,
    measure          varchar(20)  not null,
    direction        varchar(20)  not null,
    unit_of_measure  varchar(100),
    ordinal_levels   text,
    baseline_value   numeric(19,4),
    baseline_text    text,
    baseline_date    date,
    data_source      text,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    created_by       varchar(100) not null default 'system',
    updated_at       timestamptz  not null default now(),
    updated_by       varchar(100) not null default 'system',
    constraint fk_evaluation_indicator_level foreign key (level) references metric_level (code),
    constraint fk_evaluation_indicator_partner_unit foreign key (partner_unit_id) references partner_unit (id),
    constraint ck_evaluation_indicator_measure check (measure in ('UNIT', 'PERCENTAGE', 'NOMINAL', 'ORDINAL', 'QUALITATIVE')),
    constraint ck_evaluation_indicator_direction check (direction in ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    constraint ck_evaluation_indicator_outcome_link check (level not in ('OUTCOME', 'IMPACT') or plan_outcome_id is not null),
    constraint ck_evaluation_indicator_ordinal_levels check (measure <> 'ORDINAL' or ordinal_levels is not null),
    constraint ck_evaluation_indicator_percentage check (measure <> 'PERCENTAGE' or baseline_value is null
        or baseline_value between 0 and 100)
);
create index ix_evaluation_indicator_program on evaluation_indicator (program_id);
create index ix_evaluation_indicator_plan_outcome on evaluation_indicator (plan_outcome_id);
create index ix_evaluation_indicator_partner_unit on evaluation_indicator (partner_unit_id);
create index ix_evaluation_indicator_level on evaluation_indicator (level);

create table evaluation_indicator_period (
    id            bigserial     primary key,
    indicator_id  bigint        not null,
    start_date    date          not null,
    end_date      date          not null,
    target_value  numeric(19,4),
    target_text   text,
    actual_value  numeric(19,4),
    actual_text   text,
    comment       text,
    constraint fk_evaluation_indicator_period_indicator foreign key (indicator_id)
        references evaluation_indicator (id) on delete cascade,
    constraint ck_evaluation_indicator_period_dates check (end_date >= start_date)
);
create index ix_evaluation_indicator_period_indicator on evaluation_indicator_period (indicator_id, start_date);

create table evaluation_indicator_aud (
    id               bigint       not null,
    rev              bigint       not null,
    revtype          smallint,
    program_id       bigint,
    plan_outcome_id  bigint,
    partner_unit_id  bigint,
    name             varchar(300),
    definition       text,
    level            varchar(20),
    measure          varchar(20),
    direction        varchar(20),
    unit_of_measure  varchar(100),
    ordinal_levels   text,
    baseline_value   numeric(19,4),
    baseline_text    text,
    baseline_date    date,
    data_source      text,
    constraint pk_evaluation_indicator_aud primary key (id, rev),
    constraint fk_evaluation_indicator_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_evaluation_indicator_aud_rev on evaluation_indicator_aud (rev);

create table evaluation_indicator_period_aud (
    id            bigint        not null,
    rev           bigint        not null,
    revtype       smallint,
    indicator_id  bigint,
    start_date    date,
    end_date      date,
    target_value  numeric(19,4),
    target_text   text,
    actual_value  numeric(19,4),
    actual_text   text,
    comment       text,
    constraint pk_evaluation_indicator_period_aud primary key (id, rev),
    constraint fk_evaluation_indicator_period_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_evaluation_indicator_period_aud_rev on evaluation_indicator_period_aud (rev);

-- Assessments, monitoring reports and evaluations of a program, with two ratings on a 1-5 scale.
-- The evaluator is the signed-in user who recorded it (username and display name at that time).
create table evaluation (
    id                  bigserial    primary key,
    program_id          bigint       not null,
    type                varchar(30)  not null,
    evaluator_username  varchar(100) not null,
    evaluator_name      varchar(200) not null,
    evaluation_date     date         not null,
    method              text         not null,
    quality_rating      integer      not null,
    effect_rating       integer      not null,
    findings            text,
    recommendations     text,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    created_by          varchar(100) not null default 'system',
    updated_at          timestamptz  not null default now(),
    updated_by          varchar(100) not null default 'system',
    constraint ck_evaluation_type check (type in ('INITIAL_ASSESSMENT', 'MONITORING', 'MID_TERM_EVALUATION', 'FINAL_EVALUATION')),
    constraint ck_evaluation_quality_rating check (quality_rating between 1 and 5),
    constraint ck_evaluation_effect_rating check (effect_rating between 1 and 5)
);
create index ix_evaluation_program on evaluation (program_id, evaluation_date);
create index ix_evaluation_type on evaluation (type);

create table evaluation_aud (
    id                  bigint       not null,
    rev                 bigint       not null,
    revtype             smallint,
    program_id          bigint,
    type                varchar(30),
    evaluator_username  varchar(100),
    evaluator_name      varchar(200),
    evaluation_date     date,
    method              text,
    quality_rating      integer,
    effect_rating       integer,
    findings            text,
    recommendations     text,
    constraint pk_evaluation_aud primary key (id, rev),
    constraint fk_evaluation_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_evaluation_aud_rev on evaluation_aud (rev);

-- Evidence files, kept in the database. Immutable once stored: replaced by deleting and uploading again.
create table evaluation_evidence (
    id             bigserial    primary key,
    evaluation_id  bigint       not null,
    file_name      varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)     not null,
    content        bytea        not null,
    uploaded_at    timestamptz  not null default now(),
    uploaded_by    varchar(100) not null,
    constraint fk_evaluation_evidence_evaluation foreign key (evaluation_id) references evaluation (id) on delete cascade,
    constraint ck_evaluation_evidence_size check (size_bytes > 0),
    constraint ck_evaluation_evidence_content_type check (content_type in ('application/pdf',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'text/csv', 'image/png', 'image/jpeg'))
);
create index ix_evaluation_evidence_evaluation on evaluation_evidence (evaluation_id);
