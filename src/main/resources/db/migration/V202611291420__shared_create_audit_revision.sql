-- One row per audited change set (Hibernate Envers revision): who changed what, and when.
create table audit_revision (
    id          bigserial    primary key,
    changed_at  timestamptz  not null,
    changed_by  varchar(100) not null
);
create index ix_audit_revision_changed_at on audit_revision (changed_at);
