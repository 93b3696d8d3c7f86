-- Change history (Envers) of authorities. The permitted assistance and recipient types are shown on
-- the page but not versioned.
create table authority_aud (
    id                   bigint       not null,
    rev                  bigint       not null,
    revtype              smallint,
    short_name           varchar(40),
    citation             varchar(100),
    section_reference    varchar(100),
    title                varchar(300),
    statute              varchar(10),
    source_act           varchar(20),
    program_category     varchar(30),
    managing_agency_id   bigint,
    funding_account      varchar(200),
    duration             varchar(10),
    sunset_date          date,
    notification_days    int,
    notification_basis   varchar(300),
    program_area         varchar(200),
    guidance             text,
    constraint pk_authority_aud primary key (id, rev),
    constraint fk_authority_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_authority_aud_rev on authority_aud (rev);
create index ix_authority_source_act on authority (source_act);
create index ix_authority_sunset_date on authority (sunset_date);
