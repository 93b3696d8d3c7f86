-- Registry of partner security-force units per country: the recipients of assistance, and the
-- subjects of human-rights (Leahy) records.
create table partner_unit (
    id               bigserial    primary key,
    country_id       bigint       not null,
    name             varchar(200) not null,
    force_type_code  varchar(40)  not null,
    parent_id        bigint,
    description      text,
    active           boolean      not null default true,
    version          bigint       not null default 0,
    created_at       timestamptz  not null default now(),
    created_by       varchar(100) not null default 'system',
    updated_at       timestamptz  not null default now(),
    updated_by       varchar(100) not null default 'system',
    constraint fk_partner_unit_country foreign key (country_id) references country (id),
    constraint fk_partner_unit_force_type foreign key (force_type_code) references recipient_type (code),
    constraint fk_partner_unit_parent foreign key (parent_id) references partner_unit (id),
    constraint ck_partner_unit_not_own_parent check (parent_id is null or parent_id <> id)
);
create unique index uq_partner_unit_country_name on partner_unit (country_id, lower(name));
create index ix_partner_unit_country on partner_unit (country_id);
create index ix_partner_unit_force_type on partner_unit (force_type_code);
create index ix_partner_unit_parent on partner_unit (parent_id);

create table partner_unit_aud (
    id               bigint       not null,
    rev              bigint       not null,
    revtype          smallint,
    country_id       bigint,
    name             varchar(200),
    force_type_code  varchar(40),
    parent_id        bigint,
    description      text,
    active           boolean,
    constraint pk_partner_unit_aud primary key (id, rev),
    constraint fk_partner_unit_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_partner_unit_aud_rev on partner_unit_aud (rev);
