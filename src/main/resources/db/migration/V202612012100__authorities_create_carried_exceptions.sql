-- The statutory exceptions an authority carries (issue 13 item 1): which exception of which restriction
-- (restriction_exception), and when it applies: ALWAYS (whenever the authority funds the program),
-- WHEN_CONDITION_HOLDS (condition_text, in the condition language of docs/restriction-conditions.md, holds for
-- the program) or BY_DETERMINATION (the law leaves it to a decision the data cannot show: the finding names the
-- exception and stays blocking until a claim is approved). scope says in plain words what the exception covers.
-- The compliance engine applies them and the authority page shows them, both from these rows.
create table authority_exception (
    id                        bigserial     primary key,
    authority_id              bigint        not null,
    restriction_exception_id  bigint        not null,
    applies                   varchar(30)   not null,
    condition_text            varchar(2000),
    scope                     varchar(300)  not null,
    constraint uq_authority_exception unique (authority_id, restriction_exception_id),
    constraint fk_authority_exception_authority foreign key (authority_id) references authority (id) on delete cascade,
    constraint fk_authority_exception_exception foreign key (restriction_exception_id) references restriction_exception (id),
    constraint ck_authority_exception_applies check (applies in ('ALWAYS', 'WHEN_CONDITION_HOLDS', 'BY_DETERMINATION')),
    constraint ck_authority_exception_condition check ((applies = 'WHEN_CONDITION_HOLDS') = (condition_text is not null))
);
create index ix_authority_exception_authority on authority_exception (authority_id);
create index ix_authority_exception_exception on authority_exception (restriction_exception_id);

-- Part of the authority's change history (Envers).
create table authority_exception_aud (
    id                        bigint        not null,
    rev                       bigint        not null,
    revtype                   smallint,
    authority_id              bigint,
    restriction_exception_id  bigint,
    applies                   varchar(30),
    condition_text            varchar(2000),
    scope                     varchar(300),
    constraint pk_authority_exception_aud primary key (id, rev),
    constraint fk_authority_exception_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_authority_exception_aud_rev on authority_exception_aud (rev);
create index ix_authority_exception_aud_authority on authority_exception_aud (authority_id, rev);

-- INCLE (22 U.S.C. 2291, FAA chapter 8) carries FAA s.660(b)(1): s.660 does not apply to assistance authorized
-- under FAA s.482 (22 U.S.C. 2291a), the narcotics-control chapter. The program's narcotics-control purpose is
-- read from its capability domains. No other seeded authority carries an s.660(b) exception: ATA, IMET and PKO
-- police assistance keeps the waiver and claim path; FMF (AECA) and the title 10 authorities are not FAA funds.
insert into authority_exception (authority_id, restriction_exception_id, applies, condition_text, scope)
select a.id, e.id, 'WHEN_CONDITION_HOLDS', 'capability_domain = COUNTERNARCOTICS',
       'narcotics-control assistance (authorized under FAA s.482)'
  from authority a, restriction_exception e join restriction r on r.id = e.restriction_id
 where a.short_name = 'INCLE' and r.code = 'FAA_660' and e.code = 'NARCOTICS_DEA_FBI';

-- The catalogue no longer states the exception by hand: it shows the rows above.
update authority
   set guidance = 'Police, counternarcotics, justice and corrections assistance.',
       updated_at = now(), updated_by = 'system', version = version + 1
 where short_name = 'INCLE'
   and guidance = 'Police, counternarcotics, justice and corrections assistance. Police assistance under this chapter is excepted from FAA s.660 by s.660(b)(1).';

-- One revision (a change, by the system) records both, so the authority's history shows them.
insert into audit_revision (changed_at, changed_by)
select now(), 'system' where exists (select 1 from authority_exception);
insert into authority_aud (id, rev, revtype, short_name, citation, section_reference, title, statute, source_act,
                           program_category, managing_agency_id, funding_account, duration, sunset_date,
                           notification_days, notification_basis, program_area, guidance)
select a.id, (select max(id) from audit_revision), 1,
       a.short_name, a.citation, a.section_reference, a.title, a.statute, a.source_act, a.program_category,
       a.managing_agency_id, a.funding_account, a.duration, a.sunset_date, a.notification_days, a.notification_basis,
       a.program_area, a.guidance
  from authority a
 where a.id in (select authority_id from authority_exception);
insert into authority_exception_aud (id, rev, revtype, authority_id, restriction_exception_id, applies, condition_text, scope)
select ae.id, (select max(id) from audit_revision), 0, ae.authority_id, ae.restriction_exception_id, ae.applies,
       ae.condition_text, ae.scope
  from authority_exception ae;
