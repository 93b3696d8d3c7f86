-- The security event log (AU-2, AU-3, AU-9): sign-ins, lockouts, account changes, waiver decisions, imports.
-- Append-only at the database level, and hash-chained so that what a superuser might still change is detectable:
--   * seq is gapless: the appender takes it from the chain head, which it locks (FOR UPDATE), so concurrent
--     writers wait for each other and never fork the chain;
--   * hash = SHA-256 over the row's content and prev_hash (the hash of row seq - 1), computed by the
--     application (SecurityEventHash), checked again by the verification on /admin/security-log;
--   * triggers refuse UPDATE, DELETE and TRUNCATE of security_event, and refuse any change of the chain head
--     other than the one an INSERT makes. They are ENABLE ALWAYS, so session_replication_role = replica
--     does not switch them off; only ALTER TABLE ... DISABLE TRIGGER by the table's owner or a superuser
--     does, and what is changed then breaks the chain.
-- With an external database, let the application connect as a role that does not own these tables
-- (docs/security-log.md: the REVOKE and GRANT statements).
create table security_event (
    seq             bigint       not null,
    occurred_at     timestamptz  not null,
    type            varchar(60)  not null,
    principal       varchar(100) not null,
    actor           varchar(100),
    remote_address  varchar(64),
    details         text         not null,
    prev_hash       char(64)     not null,
    hash            char(64)     not null,
    constraint pk_security_event primary key (seq),
    constraint ck_security_event_seq check (seq > 0),
    constraint ck_security_event_hashes check (prev_hash ~ '^[0-9a-f]{64}$' and hash ~ '^[0-9a-f]{64}$')
);
create index ix_security_event_occurred_at on security_event (occurred_at);
create index ix_security_event_type on security_event (type);
create index ix_security_event_principal on security_event (lower(principal));
create index ix_security_event_actor on security_event (lower(actor));
create index ix_security_event_remote_address on security_event (remote_address);

-- The chain head: the last seq and its hash. One row, moved only by the INSERT trigger below.
create table security_event_chain (
    id         smallint  not null,
    last_seq   bigint    not null,
    last_hash  char(64)  not null,
    constraint pk_security_event_chain primary key (id),
    constraint ck_security_event_chain_single check (id = 1)
);
insert into security_event_chain (id, last_seq, last_hash) values (1, 0, repeat('0', 64));

create function security_event_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'the security event log is append-only: % on % refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

-- Each new event must continue the chain exactly: the next seq and the head's hash as its prev_hash.
create function security_event_continue_chain() returns trigger
language plpgsql as $$
declare
    head security_event_chain%rowtype;
begin
    select * into head from security_event_chain where id = 1 for update;
    if new.seq <> head.last_seq + 1 or new.prev_hash <> head.last_hash then
        raise exception 'security event % does not continue the chain (head is % %)', new.seq, head.last_seq,
            head.last_hash using errcode = 'integrity_constraint_violation';
    end if;
    update security_event_chain set last_seq = new.seq, last_hash = new.hash where id = 1;
    return new;
end;
$$;

-- The head moves only from the INSERT trigger above (trigger depth 2), never by a statement of its own.
create function security_event_chain_guard() returns trigger
language plpgsql as $$
begin
    if tg_op <> 'UPDATE' or pg_trigger_depth() < 2 or new.last_seq <> old.last_seq + 1 then
        raise exception 'the security event chain head moves only with a new event: % refused', tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

create trigger security_event_append_only before update or delete on security_event
    for each row execute function security_event_refuse_change();
create trigger security_event_no_truncate before truncate on security_event
    for each statement execute function security_event_refuse_change();
create trigger security_event_chain_insert before insert on security_event
    for each row execute function security_event_continue_chain();
create trigger security_event_chain_guard before update or delete on security_event_chain
    for each row execute function security_event_chain_guard();
create trigger security_event_chain_no_truncate before truncate on security_event_chain
    for each statement execute function security_event_refuse_change();

alter table security_event enable always trigger security_event_append_only;
alter table security_event enable always trigger security_event_no_truncate;
alter table security_event enable always trigger security_event_chain_insert;
alter table security_event_chain enable always trigger security_event_chain_guard;
alter table security_event_chain enable always trigger security_event_chain_no_truncate;
