-- Workforce (issue 16): the change history (Envers) of the workforce's editable tables: who changed what when.
-- Records that existed before this migration have no history until their next change.
create table workforce_person_aud (
    id                     bigint       not null,
    rev                    bigint       not null,
    revtype                smallint,
    name                   varchar(200),
    agency_id              bigint,
    category               varchar(30),
    date_of_birth          date,
    employee_number        varchar(40),
    contact                varchar(300),
    user_id                bigint,
    interagency_experience varchar(4000),
    constraint pk_workforce_person_aud primary key (id, rev),
    constraint fk_workforce_person_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_workforce_person_aud_rev on workforce_person_aud (rev);

create table workforce_position_aud (
    id                 bigint       not null,
    rev                bigint       not null,
    revtype            smallint,
    title              varchar(200),
    agency_id          bigint,
    post_kind          varchar(40),
    post_name          varchar(200),
    country_id         bigint,
    category           varchar(30),
    area_id            bigint,
    required_level_id  bigint,
    authorized         boolean,
    person_id          bigint,
    filled_from        date,
    filled_to          date,
    constraint pk_workforce_position_aud primary key (id, rev),
    constraint fk_workforce_position_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_workforce_position_aud_rev on workforce_position_aud (rev);

create table workforce_assignment_aud (
    id           bigint        not null,
    rev          bigint        not null,
    revtype      smallint,
    person_id    bigint,
    position_id  bigint,
    program_id   bigint,
    fiscal_year  int,
    role         varchar(20),
    fte          numeric(3, 2),
    constraint pk_workforce_assignment_aud primary key (id, rev),
    constraint fk_workforce_assignment_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_workforce_assignment_aud_rev on workforce_assignment_aud (rev);
create index ix_workforce_assignment_aud_program on workforce_assignment_aud (program_id);

create table workforce_certification_aud (
    id            bigint  not null,
    rev           bigint  not null,
    revtype       smallint,
    person_id     bigint,
    area_id       bigint,
    level_id      bigint,
    certified_on  date,
    expires_on    date,
    constraint pk_workforce_certification_aud primary key (id, rev),
    constraint fk_workforce_certification_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_workforce_certification_aud_rev on workforce_certification_aud (rev);
create index ix_workforce_certification_aud_person on workforce_certification_aud (person_id);

create table workforce_training_aud (
    id            bigint        not null,
    rev           bigint        not null,
    revtype       smallint,
    person_id     bigint,
    course        varchar(200),
    completed_on  date,
    expires_on    date,
    constraint pk_workforce_training_aud primary key (id, rev),
    constraint fk_workforce_training_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_workforce_training_aud_rev on workforce_training_aud (rev);
create index ix_workforce_training_aud_person on workforce_training_aud (person_id);

create table workforce_program_workload_aud (
    id                bigint        not null,
    rev               bigint        not null,
    revtype           smallint,
    program_id        bigint,
    manager_fte       numeric(4, 2),
    implementer_fte   numeric(4, 2),
    oversight_fte     numeric(4, 2),
    evaluator_fte     numeric(4, 2),
    manager_level_id  bigint,
    constraint pk_workforce_program_workload_aud primary key (id, rev),
    constraint fk_workforce_program_workload_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_workforce_program_workload_aud_rev on workforce_program_workload_aud (rev);

create table workforce_certification_level_aud (
    id          bigint        not null,
    rev         bigint        not null,
    revtype     smallint,
    scheme      varchar(40),
    code        varchar(40),
    name        varchar(100),
    level_rank  int,
    retired     boolean,
    note        varchar(1000),
    constraint pk_workforce_certification_level_aud primary key (id, rev),
    constraint fk_workforce_certification_level_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_workforce_certification_level_aud_rev on workforce_certification_level_aud (rev);

create table workforce_functional_area_aud (
    id          bigint        not null,
    rev         bigint        not null,
    revtype     smallint,
    code        varchar(40),
    name        varchar(200),
    confirmed   boolean,
    retired     boolean,
    note        varchar(1000),
    constraint pk_workforce_functional_area_aud primary key (id, rev),
    constraint fk_workforce_functional_area_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_workforce_functional_area_aud_rev on workforce_functional_area_aud (rev);

create table workforce_workload_rule_aud (
    id                    bigint         not null,
    rev                   bigint         not null,
    revtype               smallint,
    assistance_type_code  varchar(40),
    program_status        varchar(20),
    min_allocated         numeric(19, 2),
    max_allocated         numeric(19, 2),
    manager_fte           numeric(4, 2),
    implementer_fte       numeric(4, 2),
    oversight_fte         numeric(4, 2),
    evaluator_fte         numeric(4, 2),
    manager_level_id      bigint,
    note                  varchar(300),
    constraint pk_workforce_workload_rule_aud primary key (id, rev),
    constraint fk_workforce_workload_rule_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_workforce_workload_rule_aud_rev on workforce_workload_rule_aud (rev);
