-- Suspensions of assistance that a blocking finding on an active program called for (issue 13, item 2): who
-- suspended the program, when, because of which restriction and recipient unit, and why; and who ended the
-- suspension (resumed the program, or it ended otherwise, e.g. terminated) when. Rows are never deleted.
create table compliance_suspension (
    id               bigserial     primary key,
    program_id       bigint        not null,
    restriction_id   bigint        not null,
    unit_id          bigint,
    finding_reason   text          not null,
    reason           text          not null,
    suspended_by     varchar(100)  not null,
    suspended_at     timestamptz   not null,
    ended_by         varchar(100),
    ended_at         timestamptz,
    ended_status     varchar(20),
    constraint fk_compliance_suspension_program foreign key (program_id) references program (id),
    constraint fk_compliance_suspension_restriction foreign key (restriction_id) references restriction (id),
    constraint fk_compliance_suspension_unit foreign key (unit_id) references partner_unit (id),
    constraint ck_compliance_suspension_reason check (length(btrim(reason)) > 0),
    constraint ck_compliance_suspension_ended check ((ended_at is null and ended_by is null and ended_status is null)
        or (ended_at is not null and ended_by is not null and ended_status is not null))
);
create index ix_compliance_suspension_program on compliance_suspension (program_id);
create index ix_compliance_suspension_restriction on compliance_suspension (restriction_id);
create index ix_compliance_suspension_unit on compliance_suspension (unit_id);
-- at most one open suspension per program
create unique index uq_compliance_suspension_open on compliance_suspension (program_id) where ended_at is null;
