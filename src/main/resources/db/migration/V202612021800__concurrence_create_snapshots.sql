-- Issue 14, section 1, item g: the plan as an agency saw it when it answered (title, end states, objectives and
-- outcomes, programs with their key fields and funding per fiscal year, account and kind of money), one per agency
-- and review, replaced when the answer changes. A later review compares the plan now with the agency's last
-- concurrence ("what changed since your agency last concurred"). Content: a JSON array of flat entries
-- {item, section, label, field, value}, written and read by the concurrence module only. Never deleted.
create table concurrence_snapshot (
    id           bigserial     primary key,
    plan_id      bigint        not null,
    review_id    bigint        not null,
    agency_id    bigint        not null,
    answer       varchar(30)   not null,
    taken_by     varchar(100)  not null,
    taken_at     timestamptz   not null,
    content      text          not null,
    constraint fk_concurrence_snapshot_plan foreign key (plan_id) references country_plan (id),
    constraint fk_concurrence_snapshot_review foreign key (review_id) references concurrence_review (id),
    constraint fk_concurrence_snapshot_agency foreign key (agency_id) references agency (id),
    constraint uq_concurrence_snapshot_agency unique (review_id, agency_id),
    constraint ck_concurrence_snapshot_answer check (answer in ('CONCUR', 'CONCUR_WITH_COMMENTS', 'NON_CONCUR'))
);
create index ix_concurrence_snapshot_plan_agency on concurrence_snapshot (plan_id, agency_id, taken_at);
create index ix_concurrence_snapshot_agency on concurrence_snapshot (agency_id);
