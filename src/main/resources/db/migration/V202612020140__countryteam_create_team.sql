-- The country team on the ground (issue 14, section 3): the US posts in a partner country and the people planners
-- work with there, by role, each with their agency, post, contact and tour; and the points of contact a plan's
-- conductor names among them.
create table country_team_post (
    id          bigserial    primary key,
    country_id  bigint       not null,
    kind        varchar(40)  not null,
    name        varchar(200) not null,
    city        varchar(100),
    agency_id   bigint       not null,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    created_by  varchar(100) not null default 'system',
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(100) not null default 'system',
    constraint fk_country_team_post_country foreign key (country_id) references country (id),
    constraint fk_country_team_post_agency foreign key (agency_id) references agency (id),
    constraint ck_country_team_post_kind check (kind in
        ('EMBASSY', 'CONSULATE', 'SECURITY_COOPERATION_OFFICE', 'ATTACHE_OFFICE'))
);
create index ix_country_team_post_country on country_team_post (country_id);
create index ix_country_team_post_agency on country_team_post (agency_id);

create table country_team_member (
    id          bigserial    primary key,
    country_id  bigint       not null,
    role        varchar(40)  not null,
    name        varchar(200) not null,
    agency_id   bigint       not null,
    post_id     bigint,
    contact     varchar(300),
    tour_start  date,
    tour_end    date,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    created_by  varchar(100) not null default 'system',
    updated_at  timestamptz  not null default now(),
    updated_by  varchar(100) not null default 'system',
    constraint fk_country_team_member_country foreign key (country_id) references country (id),
    constraint fk_country_team_member_agency foreign key (agency_id) references agency (id),
    constraint fk_country_team_member_post foreign key (post_id) references country_team_post (id),
    constraint ck_country_team_member_role check (role in ('CHIEF_OF_MISSION', 'DEPUTY_CHIEF_OF_MISSION',
        'SECURITY_COOPERATION_CHIEF', 'DEFENSE_ATTACHE', 'INL_SECTION', 'LEGAL_ATTACHE', 'DHS_ATTACHE',
        'TREASURY_ATTACHE', 'IMPLEMENTING_PARTNER_LEAD', 'OTHER')),
    constraint ck_country_team_member_tour check (tour_end is null or tour_start is null or tour_end >= tour_start)
);
create index ix_country_team_member_country on country_team_member (country_id);
create index ix_country_team_member_agency on country_team_member (agency_id);
create index ix_country_team_member_post on country_team_member (post_id);
create index ix_country_team_member_tour_end on country_team_member (tour_end);

create table country_team_post_aud (
    id          bigint       not null,
    rev         bigint       not null,
    revtype     smallint,
    country_id  bigint,
    kind        varchar(40),
    name        varchar(200),
    city        varchar(100),
    agency_id   bigint,
    constraint pk_country_team_post_aud primary key (id, rev),
    constraint fk_country_team_post_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_country_team_post_aud_rev on country_team_post_aud (rev);
create index ix_country_team_post_aud_country on country_team_post_aud (country_id);

create table country_team_member_aud (
    id          bigint       not null,
    rev         bigint       not null,
    revtype     smallint,
    country_id  bigint,
    role        varchar(40),
    name        varchar(200),
    agency_id   bigint,
    post_id     bigint,
    contact     varchar(300),
    tour_start  date,
    tour_end    date,
    constraint pk_country_team_member_aud primary key (id, rev),
    constraint fk_country_team_member_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_country_team_member_aud_rev on country_team_member_aud (rev);
create index ix_country_team_member_aud_country on country_team_member_aud (country_id);

-- The plan's points of contact: members of its country's team, named by the conductor.
create table plan_point_of_contact (
    plan_id     bigint       not null,
    member_id   bigint       not null,
    named_at    timestamptz  not null default now(),
    named_by    varchar(100) not null,
    constraint pk_plan_point_of_contact primary key (plan_id, member_id),
    constraint fk_plan_point_of_contact_plan foreign key (plan_id) references country_plan (id) on delete cascade,
    constraint fk_plan_point_of_contact_member foreign key (member_id) references country_team_member (id)
        on delete cascade
);
create index ix_plan_point_of_contact_member on plan_point_of_contact (member_id);
