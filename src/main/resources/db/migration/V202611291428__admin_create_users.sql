create table app_user (
    id                bigserial    primary key,
    username          varchar(60)  not null,
    full_name         varchar(200) not null,
    email             varchar(254),
    job_title         varchar(200),
    password_hash     varchar(200) not null,
    agency_id         bigint       not null,
    enabled           boolean      not null default true,
    failed_attempts   int          not null default 0,
    locked_until      timestamptz,
    last_login_at     timestamptz,
    version           bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    created_by        varchar(100) not null default 'system',
    updated_at        timestamptz  not null default now(),
    updated_by        varchar(100) not null default 'system',
    constraint fk_app_user_agency foreign key (agency_id) references agency (id),
    constraint ck_app_user_username check (username ~ '^[a-z0-9][a-z0-9._-]*$'),
    constraint ck_app_user_failed_attempts check (failed_attempts >= 0)
);
create unique index uq_app_user_username on app_user (username);
create index ix_app_user_agency on app_user (agency_id);
create index ix_app_user_enabled on app_user (enabled);

create table app_user_role (
    user_id  bigint      not null,
    role     varchar(20) not null,
    constraint pk_app_user_role primary key (user_id, role),
    constraint fk_app_user_role_user foreign key (user_id) references app_user (id) on delete cascade,
    constraint ck_app_user_role_role check (role in ('ADMIN', 'PLANNER', 'EVALUATOR', 'VIEWER'))
);
create index ix_app_user_role_role on app_user_role (role);

-- History of user accounts (never the password hash).
create table app_user_aud (
    id          bigint       not null,
    rev         bigint       not null,
    revtype     smallint,
    username    varchar(60),
    full_name   varchar(200),
    email       varchar(254),
    job_title   varchar(200),
    agency_id   bigint,
    enabled     boolean,
    constraint pk_app_user_aud primary key (id, rev),
    constraint fk_app_user_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_app_user_aud_rev on app_user_aud (rev);

create table app_user_role_aud (
    rev      bigint      not null,
    revtype  smallint,
    user_id  bigint      not null,
    role     varchar(20) not null,
    constraint pk_app_user_role_aud primary key (rev, user_id, role),
    constraint fk_app_user_role_aud_rev foreign key (rev) references audit_revision (id)
);
