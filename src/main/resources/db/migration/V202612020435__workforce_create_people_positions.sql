-- Workforce (issue 16, items 1 and 2): people (not users: most field staff never sign in; a person may be linked
-- to a user), the certifications they hold, and positions per agency and post.
create table workforce_person (
    id                     bigserial    primary key,
    name                   varchar(200) not null,
    agency_id              bigint       not null,
    category               varchar(30)  not null,
    date_of_birth          date,
    employee_number        varchar(40),
    contact                varchar(300),
    user_id                bigint,
    interagency_experience varchar(4000),
    version                bigint       not null default 0,
    created_at             timestamptz  not null default now(),
    created_by             varchar(100) not null default 'system',
    updated_at             timestamptz  not null default now(),
    updated_by             varchar(100) not null default 'system',
    constraint fk_workforce_person_agency foreign key (agency_id) references agency (id),
    constraint fk_workforce_person_user foreign key (user_id) references app_user (id) on delete set null,
    constraint ck_workforce_person_category check (category in
        ('CIVIL_SERVICE', 'FOREIGN_SERVICE', 'MILITARY', 'CONTRACTOR', 'LOCALLY_EMPLOYED'))
);
create index ix_workforce_person_agency on workforce_person (agency_id);
create index ix_workforce_person_user on workforce_person (user_id);
create index ix_workforce_person_name on workforce_person (lower(name));
-- a duplicate person: same name and agency and date of birth, or same name and agency and employee number
create unique index uq_workforce_person_birth on workforce_person (lower(name), agency_id, date_of_birth)
    where date_of_birth is not null;
create unique index uq_workforce_person_employee on workforce_person (lower(name), agency_id, employee_number)
    where employee_number is not null;

create table workforce_certification (
    id            bigserial    primary key,
    person_id     bigint       not null,
    area_id       bigint       not null,
    level_id      bigint       not null,
    certified_on  date         not null,
    expires_on    date,
    version       bigint       not null default 0,
    created_at    timestamptz  not null default now(),
    created_by    varchar(100) not null default 'system',
    updated_at    timestamptz  not null default now(),
    updated_by    varchar(100) not null default 'system',
    constraint fk_workforce_certification_person foreign key (person_id) references workforce_person (id)
        on delete cascade,
    constraint fk_workforce_certification_area foreign key (area_id) references workforce_functional_area (id),
    constraint fk_workforce_certification_level foreign key (level_id) references workforce_certification_level (id),
    constraint ck_workforce_certification_dates check (expires_on is null or expires_on >= certified_on)
);
create index ix_workforce_certification_person on workforce_certification (person_id);
create index ix_workforce_certification_area on workforce_certification (area_id);
create index ix_workforce_certification_level on workforce_certification (level_id);
create index ix_workforce_certification_expires on workforce_certification (expires_on);

create table workforce_position (
    id                 bigserial    primary key,
    title              varchar(200) not null,
    agency_id          bigint       not null,
    post_kind          varchar(40)  not null,
    post_name          varchar(200),
    country_id         bigint,
    category           varchar(30)  not null,
    area_id            bigint,
    required_level_id  bigint,
    authorized         boolean      not null default true,
    person_id          bigint,
    filled_from        date,
    filled_to          date,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    created_by         varchar(100) not null default 'system',
    updated_at         timestamptz  not null default now(),
    updated_by         varchar(100) not null default 'system',
    constraint fk_workforce_position_agency foreign key (agency_id) references agency (id),
    constraint fk_workforce_position_country foreign key (country_id) references country (id),
    constraint fk_workforce_position_area foreign key (area_id) references workforce_functional_area (id),
    constraint fk_workforce_position_level foreign key (required_level_id) references workforce_certification_level (id),
    constraint fk_workforce_position_person foreign key (person_id) references workforce_person (id) on delete set null,
    constraint ck_workforce_position_post_kind check (post_kind in ('HEADQUARTERS', 'COMBATANT_COMMAND',
        'SECURITY_COOPERATION_OFFICE', 'EMBASSY_SECTION', 'FIELD_OFFICE')),
    constraint ck_workforce_position_category check (category in
        ('CIVIL_SERVICE', 'FOREIGN_SERVICE', 'MILITARY', 'CONTRACTOR', 'LOCALLY_EMPLOYED')),
    constraint ck_workforce_position_dates check (filled_to is null or filled_from is null or filled_to >= filled_from)
);
create index ix_workforce_position_agency on workforce_position (agency_id);
create index ix_workforce_position_country on workforce_position (country_id);
create index ix_workforce_position_area on workforce_position (area_id);
create index ix_workforce_position_level on workforce_position (required_level_id);
create index ix_workforce_position_person on workforce_position (person_id);
