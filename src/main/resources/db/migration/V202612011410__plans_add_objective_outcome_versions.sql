-- Optimistic locking for the theory of change: two people saving the same objective or outcome no longer lose
-- one edit silently (the second save gets the 409 page). Who changed it last and when, for that page.
alter table plan_objective
    add column version    bigint       not null default 0,
    add column updated_at timestamptz  not null default now(),
    add column updated_by varchar(100) not null default 'system';
alter table plan_outcome
    add column version    bigint       not null default 0,
    add column updated_at timestamptz  not null default now(),
    add column updated_by varchar(100) not null default 'system';
