-- Capability coverage (issue 15, section 5): the capability domains of each assessed program, kept with its
-- assessment (written by the same computation, removed with it) so that /portfolio/coverage counts programs and
-- funding per domain and country in SQL. Filled here once for the programs already assessed.
create table portfolio_assessment_domain (
    program_id   bigint       not null,
    domain_code  varchar(40)  not null,
    constraint pk_portfolio_assessment_domain primary key (program_id, domain_code),
    constraint fk_portfolio_assessment_domain_assessment foreign key (program_id)
        references portfolio_assessment (program_id) on delete cascade,
    constraint fk_portfolio_assessment_domain_domain foreign key (domain_code) references capability_domain (code)
);
create index ix_portfolio_assessment_domain_domain on portfolio_assessment_domain (domain_code);

insert into portfolio_assessment_domain (program_id, domain_code)
select d.program_id, d.capability_domain_code
from program_capability_domain d
join portfolio_assessment a on a.program_id = d.program_id;
