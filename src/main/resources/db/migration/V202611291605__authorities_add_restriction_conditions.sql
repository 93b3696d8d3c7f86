-- Restrictions get their condition (the programs they apply to) as text in the condition language of
-- docs/restriction-conditions.md, validated by the application when saved, and a severity: what an
-- unwaived restriction means for a program (BLOCKING: the program cannot become active; WARNING: shown,
-- not blocking).
alter table restriction add column condition_text varchar(2000);
alter table restriction add column severity varchar(10) not null default 'BLOCKING';

update restriction set condition_text = 'recipient_type in (POLICE, CORRECTIONS) and authority.source_act = FAA'
 where code = 'FAA_660';
update restriction set condition_text = 'unit.credible_hr_violation and authority.source_act in (FAA, AECA)'
 where code = 'LEAHY_STATE';
update restriction set condition_text = 'unit.credible_hr_violation and authority.statute = TITLE_10'
 where code = 'LEAHY_DOD';
update restriction set condition_text = 'authority.expired'
 where code = 'AUTHORITY_SUNSET';
-- Notification is a precondition of obligation, not of planning: a warning until it is filed.
update restriction set condition_text = 'authority.notification_required and not notification.filed', severity = 'WARNING'
 where code = 'CONGRESSIONAL_NOTIFICATION';
update restriction set condition_text = 'authority.expired' where condition_text is null;

alter table restriction alter column condition_text set not null;
alter table restriction alter column severity drop default;
alter table restriction add constraint ck_restriction_severity check (severity in ('BLOCKING', 'WARNING'));

create table restriction_aud (
    id                bigint       not null,
    rev               bigint       not null,
    revtype           smallint,
    code              varchar(40),
    citation          varchar(200),
    title             varchar(300),
    summary           text,
    waivable          boolean,
    waiver_authority  varchar(300),
    condition_text    varchar(2000),
    severity          varchar(10),
    constraint pk_restriction_aud primary key (id, rev),
    constraint fk_restriction_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_restriction_aud_rev on restriction_aud (rev);
