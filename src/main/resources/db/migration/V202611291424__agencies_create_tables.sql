create table agency (
    id               bigserial    primary key,
    code             varchar(20)  not null,
    name             varchar(200) not null,
    parent_id        bigint,
    kind             varchar(20)  not null,
    has_own_budget   boolean      not null,
    active           boolean      not null default true,
    description      text,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    created_by       varchar(100) not null default 'system',
    updated_at       timestamptz  not null default now(),
    updated_by       varchar(100) not null default 'system',
    constraint uq_agency_code unique (code),
    constraint fk_agency_parent foreign key (parent_id) references agency (id),
    constraint ck_agency_code check (code ~ '^[A-Z0-9][A-Z0-9_-]*$'),
    constraint ck_agency_kind check (kind in ('DEPARTMENT', 'AGENCY', 'BUREAU', 'OFFICE', 'COMMAND')),
    constraint ck_agency_not_own_parent check (parent_id is null or parent_id <> id)
);
create index ix_agency_parent on agency (parent_id);
create index ix_agency_active on agency (active);

-- What an agency can offer: assistance type x capability domain.
create table agency_capability (
    agency_id               bigint      not null,
    assistance_type_code    varchar(40) not null,
    capability_domain_code  varchar(40) not null,
    constraint pk_agency_capability primary key (agency_id, assistance_type_code, capability_domain_code),
    constraint fk_agency_capability_agency foreign key (agency_id) references agency (id) on delete cascade,
    constraint fk_agency_capability_type foreign key (assistance_type_code) references assistance_type (code),
    constraint fk_agency_capability_domain foreign key (capability_domain_code) references capability_domain (code)
);
create index ix_agency_capability_type on agency_capability (assistance_type_code);
create index ix_agency_capability_domain on agency_capability (capability_domain_code);

create table agency_aud (
    id              bigint       not null,
    rev             bigint       not null,
    revtype         smallint,
    code            varchar(20),
    name            varchar(200),
    parent_id       bigint,
    kind            varchar(20),
    has_own_budget  boolean,
    active          boolean,
    description     text,
    constraint pk_agency_aud primary key (id, rev),
    constraint fk_agency_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_agency_aud_rev on agency_aud (rev);

create table agency_capability_aud (
    rev                     bigint      not null,
    revtype                 smallint,
    agency_id               bigint      not null,
    assistance_type_code    varchar(40) not null,
    capability_domain_code  varchar(40) not null,
    setordinal              int         not null,
    constraint pk_agency_capability_aud primary key (rev, agency_id, assistance_type_code, capability_domain_code, setordinal),
    constraint fk_agency_capability_aud_rev foreign key (rev) references audit_revision (id)
);
