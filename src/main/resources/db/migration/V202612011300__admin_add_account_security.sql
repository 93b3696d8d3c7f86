-- Account security (issue 12): one-time passwords, authenticator apps (TOTP) with recovery codes, passkeys.

-- A generated or reset password must be replaced at the next sign-in before anything else.
alter table app_user add column password_change_required boolean not null default false;
alter table app_user add column password_changed_at timestamptz;

-- Authenticator app (TOTP, RFC 6238): the shared secret once confirmed with a valid code, and the last time
-- step used, so that a code is accepted only once.
alter table app_user add column totp_secret bytea;
alter table app_user add column totp_confirmed_at timestamptz;
alter table app_user add column totp_last_step bigint;
alter table app_user add constraint ck_app_user_totp_confirmed check (totp_confirmed_at is null or totp_secret is not null);

-- Ten one-time recovery codes per user, stored hashed; a used code keeps its row with the time of use.
create table app_user_recovery_code (
    id          bigserial    primary key,
    user_id     bigint       not null,
    code_hash   varchar(200) not null,
    created_at  timestamptz  not null default now(),
    used_at     timestamptz,
    constraint fk_app_user_recovery_code_user foreign key (user_id) references app_user (id) on delete cascade
);
create index ix_app_user_recovery_code_user on app_user_recovery_code (user_id);

-- Passkeys (WebAuthn): the tables of Spring Security's JdbcPublicKeyCredentialUserEntityRepository and
-- JdbcUserCredentialRepository (user-entities-schema.sql, user-credentials-schema-postgres.sql of 7.0), with
-- a foreign key and indexes added. user_entities.name is the user name.
create table user_entities (
    id           varchar(1000) not null,
    name         varchar(100)  not null,
    display_name varchar(200),
    primary key (id)
);
create unique index uq_user_entities_name on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null,
    primary key (credential_id),
    constraint fk_user_credentials_user_entity foreign key (user_entity_user_id) references user_entities (id)
        on delete cascade
);
create index ix_user_credentials_user_entity on user_credentials (user_entity_user_id);
