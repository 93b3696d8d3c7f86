-- Waivers and statutory-exception claims: one program against one restriction. A planner requests,
-- an administrator approves (with the approving official, effective and expiry dates) or rejects.
-- program_id refers to program(id); the foreign key is added when the programs module is merged.
create table waiver (
    id                        bigserial    primary key,
    program_id                bigint       not null,
    restriction_id            bigint       not null,
    kind                      varchar(10)  not null,
    exception_id              bigint,
    justification             text         not null,
    status                    varchar(10)  not null,
    requested_by              varchar(100) not null,
    requested_at              timestamptz  not null,
    decided_by                varchar(100),
    decided_at                timestamptz,
    approving_official_name   varchar(200),
    approving_official_title  varchar(200),
    effective_date            date,
    expiry_date               date,
    decision_note             text,
    version                   bigint       not null default 0,
    created_at                timestamptz  not null default now(),
    created_by                varchar(100) not null default 'system',
    updated_at                timestamptz  not null default now(),
    updated_by                varchar(100) not null default 'system',
    constraint fk_waiver_restriction foreign key (restriction_id) references restriction (id),
    constraint fk_waiver_exception foreign key (exception_id) references restriction_exception (id),
    constraint ck_waiver_kind check (kind in ('WAIVER', 'EXCEPTION')),
    constraint ck_waiver_status check (status in ('REQUESTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    constraint ck_waiver_exception check ((kind = 'WAIVER' and exception_id is null)
                                          or (kind = 'EXCEPTION' and exception_id is not null)),
    constraint ck_waiver_dates check (expiry_date is null or (effective_date is not null and expiry_date >= effective_date)),
    constraint ck_waiver_approved check (status <> 'APPROVED' or (approving_official_name is not null
                                         and approving_official_title is not null and effective_date is not null
                                         and decided_at is not null and decided_by is not null)),
    constraint ck_waiver_expiry check (kind <> 'WAIVER' or status <> 'APPROVED' or expiry_date is not null)
);
create index ix_waiver_program on waiver (program_id);
create index ix_waiver_restriction on waiver (restriction_id);
create index ix_waiver_exception on waiver (exception_id);
create index ix_waiver_status on waiver (status);
create index ix_waiver_effective on waiver (effective_date);

create table waiver_aud (
    id                        bigint       not null,
    rev                       bigint       not null,
    revtype                   smallint,
    program_id                bigint,
    restriction_id            bigint,
    kind                      varchar(10),
    exception_id              bigint,
    justification             text,
    status                    varchar(10),
    requested_by              varchar(100),
    requested_at              timestamptz,
    decided_by                varchar(100),
    decided_at                timestamptz,
    approving_official_name   varchar(200),
    approving_official_title  varchar(200),
    effective_date            date,
    expiry_date               date,
    decision_note             text,
    constraint pk_waiver_aud primary key (id, rev),
    constraint fk_waiver_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_waiver_aud_rev on waiver_aud (rev);
