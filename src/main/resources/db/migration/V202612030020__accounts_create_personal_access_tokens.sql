-- Personal access tokens for the REST API (issue 17, section 3). Only the SHA-256 of a token is kept: the token itself
-- is shown once, when it is made. A token acts as its user, with the user's roles and agency as they are at each
-- request (a disabled user's tokens stop at once); its scope limits it to reading (GET) or lets it write too.
create table personal_access_token (
    id           bigserial    primary key,
    user_id      bigint       not null references app_user (id) on delete cascade,
    name         varchar(100) not null,
    token_hash   char(64)     not null,
    scope        varchar(10)  not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    constraint uk_personal_access_token_hash unique (token_hash),
    constraint ck_personal_access_token_scope check (scope in ('READ', 'READ_WRITE')),
    constraint ck_personal_access_token_name check (length(trim(name)) > 0),
    constraint ck_personal_access_token_expiry check (expires_at > created_at
        and expires_at <= created_at + interval '366 days')
);

create index ix_personal_access_token_user on personal_access_token (user_id, created_at desc);
