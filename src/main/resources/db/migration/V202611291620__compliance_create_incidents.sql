-- Human-rights (Leahy) records: incidents against a partner unit, with a credibility status and a log
-- of who decided each status and when. A CREDIBLE incident (credible, not remediated) makes the Leahy
-- restrictions apply to every program assisting the unit.
create table hr_incident (
    id                 bigserial    primary key,
    unit_id            bigint       not null,
    incident_date      date         not null,
    location           varchar(200) not null,
    description        text         not null,
    source             varchar(300) not null,
    category           varchar(40)  not null,
    status             varchar(20)  not null,
    status_decided_by  varchar(100) not null,
    status_decided_at  timestamptz  not null,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    created_by         varchar(100) not null default 'system',
    updated_at         timestamptz  not null default now(),
    updated_by         varchar(100) not null default 'system',
    constraint fk_hr_incident_unit foreign key (unit_id) references partner_unit (id),
    constraint ck_hr_incident_category check (category in ('EXTRAJUDICIAL_KILLING', 'TORTURE', 'ENFORCED_DISAPPEARANCE',
                                                           'RAPE_UNDER_COLOR_OF_LAW', 'OTHER_GROSS_VIOLATION')),
    constraint ck_hr_incident_status check (status in ('REPORTED', 'UNDER_REVIEW', 'CREDIBLE', 'REMEDIATED', 'DISMISSED'))
);
create index ix_hr_incident_unit on hr_incident (unit_id);
create index ix_hr_incident_status on hr_incident (status);

create table hr_incident_status_change (
    id           bigserial    primary key,
    incident_id  bigint       not null,
    from_status  varchar(20),
    to_status    varchar(20)  not null,
    decided_by   varchar(100) not null,
    decided_at   timestamptz  not null,
    note         text,
    constraint fk_hr_incident_status_change_incident foreign key (incident_id) references hr_incident (id) on delete cascade,
    constraint ck_hr_incident_status_change_to check (to_status in ('REPORTED', 'UNDER_REVIEW', 'CREDIBLE', 'REMEDIATED', 'DISMISSED'))
);
create index ix_hr_incident_status_change_incident on hr_incident_status_change (incident_id);

create table hr_incident_aud (
    id                 bigint       not null,
    rev                bigint       not null,
    revtype            smallint,
    unit_id            bigint,
    incident_date      date,
    location           varchar(200),
    description        text,
    source             varchar(300),
    category           varchar(40),
    status             varchar(20),
    status_decided_by  varchar(100),
    status_decided_at  timestamptz,
    constraint pk_hr_incident_aud primary key (id, rev),
    constraint fk_hr_incident_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_hr_incident_aud_rev on hr_incident_aud (rev);
