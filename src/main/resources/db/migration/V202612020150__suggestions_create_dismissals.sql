-- Suggestions of who else could help a plan (issue 14, section 2): a suggestion the conductor dismissed, with the
-- reason, kept for later reviewers (never edited; the agency can still be invited later).
create table suggestion_dismissal (
    id            bigserial    primary key,
    plan_id       bigint       not null,
    agency_id     bigint       not null,
    reason        text         not null,
    dismissed_at  timestamptz  not null default now(),
    dismissed_by  varchar(100) not null,
    constraint fk_suggestion_dismissal_plan foreign key (plan_id) references country_plan (id) on delete cascade,
    constraint fk_suggestion_dismissal_agency foreign key (agency_id) references agency (id),
    constraint uq_suggestion_dismissal unique (plan_id, agency_id),
    constraint ck_suggestion_dismissal_reason check (length(btrim(reason)) > 0)
);
create index ix_suggestion_dismissal_agency on suggestion_dismissal (agency_id);
