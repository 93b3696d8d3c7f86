-- Workforce (issue 16, item 3): the certification framework as reference data that administrators edit.
-- Levels belong to a scheme (DoD's security cooperation workforce certification first; other agencies' schemes
-- can be added as data); rank orders the levels of a scheme (a manager's level is compared to a required one by
-- rank); a retired level stays for the certifications that were granted under it.
create table workforce_certification_level (
    id          bigserial    primary key,
    scheme      varchar(40)  not null,
    code        varchar(40)  not null,
    name        varchar(100) not null,
    level_rank  int          not null,
    retired     boolean      not null default false,
    note        varchar(1000),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    created_by  varchar(100) not null default 'system',
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(100) not null default 'system',
    constraint uq_workforce_certification_level_code unique (scheme, code),
    constraint ck_workforce_certification_level_code check (code ~ '^[A-Z0-9][A-Z0-9_]*$'),
    constraint ck_workforce_certification_level_scheme check (scheme ~ '^[A-Z0-9][A-Z0-9_]*$'),
    constraint ck_workforce_certification_level_rank check (level_rank between 1 and 99)
);
create index ix_workforce_certification_level_retired on workforce_certification_level (retired);

-- Functional areas in which a person is certified and a position requires certification. confirmed = false marks
-- an area whose name and existence could not be confirmed against a primary source (see the seed migration).
create table workforce_functional_area (
    id          bigserial    primary key,
    code        varchar(40)  not null,
    name        varchar(200) not null,
    confirmed   boolean      not null default false,
    retired     boolean      not null default false,
    note        varchar(1000),
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    created_by  varchar(100) not null default 'system',
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(100) not null default 'system',
    constraint uq_workforce_functional_area_code unique (code),
    constraint ck_workforce_functional_area_code check (code ~ '^[A-Z0-9][A-Z0-9_]*$')
);
create index ix_workforce_functional_area_retired on workforce_functional_area (retired);
