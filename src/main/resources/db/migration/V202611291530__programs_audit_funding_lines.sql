-- Funding lines join the program's change history (who changed which amounts when).
create table program_funding_line_aud (
    id               bigint         not null,
    rev              bigint         not null,
    revtype          smallint,
    program_id       bigint,
    fiscal_year      int,
    funding_account  varchar(200),
    requested        numeric(19, 2),
    allocated        numeric(19, 2),
    obligated        numeric(19, 2),
    disbursed        numeric(19, 2),
    constraint pk_program_funding_line_aud primary key (id, rev),
    constraint fk_program_funding_line_aud_rev foreign key (rev) references audit_revision (id)
);
create index ix_program_funding_line_aud_rev on program_funding_line_aud (rev);
