-- Objective taxonomy: rules as data. A rule matches a program when every condition it sets
-- (assistance type, recipient type, capability domain; null = any) holds; matching rules add their
-- weight to their category. The highest total is the suggested primary category.
create table taxonomy_rule (
    id                      bigserial    primary key,
    assistance_type_code    varchar(40),
    recipient_type_code     varchar(40),
    capability_domain_code  varchar(40),
    category                varchar(20)  not null,
    weight                  int          not null,
    note                    varchar(300),
    version                 bigint       not null default 0,
    created_at              timestamptz  not null default now(),
    created_by              varchar(100) not null default 'system',
    updated_at              timestamptz  not null default now(),
    updated_by              varchar(100) not null default 'system',
    constraint fk_taxonomy_rule_assistance_type foreign key (assistance_type_code) references assistance_type (code),
    constraint fk_taxonomy_rule_recipient_type foreign key (recipient_type_code) references recipient_type (code),
    constraint fk_taxonomy_rule_capability_domain foreign key (capability_domain_code) references capability_domain (code),
    constraint fk_taxonomy_rule_category foreign key (category) references objective_category (code),
    constraint ck_taxonomy_rule_weight check (weight between 1 and 100),
    constraint ck_taxonomy_rule_condition check (assistance_type_code is not null or recipient_type_code is not null
        or capability_domain_code is not null)
);
create index ix_taxonomy_rule_assistance_type on taxonomy_rule (assistance_type_code);
create index ix_taxonomy_rule_recipient_type on taxonomy_rule (recipient_type_code);
create index ix_taxonomy_rule_capability_domain on taxonomy_rule (capability_domain_code);
create index ix_taxonomy_rule_category on taxonomy_rule (category);

insert into taxonomy_rule (assistance_type_code, recipient_type_code, capability_domain_code, category, weight, note) values
('EQUIPMENT_SALE',       null,          null, 'TRANSACTIONAL', 30, 'Sales build access and relationships more than capability by themselves.'),
('FINANCING',            null,          null, 'TRANSACTIONAL', 30, 'Financing of purchases serves access and influence.'),
('EDUCATION',            null,          null, 'TRANSACTIONAL', 15, 'Professional education builds lasting relationships (e.g. IMET alumni).'),
('EXERCISE',             null,          null, 'OPERATIONAL',   15, 'Exercises build interoperability and readiness.'),
('TRAINING',             'MILITARY',    null, 'OPERATIONAL',   40, 'Training a military unit builds operational capability.'),
('TRAINING',             'COAST_GUARD', null, 'OPERATIONAL',   30, 'Training a coast guard builds operational capability at sea.'),
('TRAINING',             'BORDER',      null, 'OPERATIONAL',   25, 'Training border forces builds operational capability.'),
('EQUIPMENT_GRANT',      'MILITARY',    null, 'OPERATIONAL',   25, 'Equipping a military unit serves its operations.'),
('ADVISING',             'MINISTRY',    null, 'GOVERNANCE',    30, 'Advising a ministry strengthens institutions.'),
('INSTITUTION_BUILDING', null,          null, 'GOVERNANCE',    40, 'Institution building is governance work.'),
('JUSTICE_SECTOR',       null,          null, 'GOVERNANCE',    50, 'Judicial and justice-sector institution building.'),
('COMMUNITY_JUSTICE',    null,          null, 'GOVERNANCE',    40, 'Community justice and reconciliation.'),
(null,                   'JUSTICE',     null, 'GOVERNANCE',    30, 'Courts and prosecutors: rule of law.'),
(null,                   'CIVIL_SOCIETY', null, 'GOVERNANCE',  30, 'Civil society oversight of the security sector.'),
(null,                   null, 'GOVERNANCE_RULE_OF_LAW', 'GOVERNANCE', 40, 'Governance and rule-of-law domain.'),
(null,                   null, 'DEFENSE_INSTITUTION_BUILDING', 'GOVERNANCE', 30, 'Defense institution building.'),
(null,                   null, 'COUNTERTERRORISM', 'OPERATIONAL', 20, 'Counterterrorism capability.'),
(null,                   null, 'MARITIME', 'OPERATIONAL', 15, 'Maritime security capability.'),
(null,                   null, 'CYBER', 'OPERATIONAL', 15, 'High-end competition capability.');
