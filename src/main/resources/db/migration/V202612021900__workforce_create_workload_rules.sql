-- Workforce (issue 16, item 4): rules that suggest the workload a program needs, kept as data and edited by
-- administrators (/admin/workload-rules), in the shape of the objective taxonomy's rules. A rule sets any of three
-- conditions (assistance type, program status, a band of the program's allocated funding over all its years,
-- from min inclusive to max exclusive; null = any) and the FTE by role and the manager's required level it
-- suggests. The most specific matching rule wins (most conditions set; then the lowest id). A suggestion is shown
-- on the program's workload form with the rule that made it, and applied only when the planner chooses to.
create table workforce_workload_rule (
    id                    bigserial      primary key,
    assistance_type_code  varchar(40),
    program_status        varchar(20),
    min_allocated         numeric(19, 2),
    max_allocated         numeric(19, 2),
    manager_fte           numeric(4, 2)  not null default 0,
    implementer_fte       numeric(4, 2)  not null default 0,
    oversight_fte         numeric(4, 2)  not null default 0,
    evaluator_fte         numeric(4, 2)  not null default 0,
    manager_level_id      bigint,
    note                  varchar(300),
    version               bigint         not null default 0,
    created_at            timestamptz    not null default now(),
    created_by            varchar(100)   not null default 'system',
    updated_at            timestamptz    not null default now(),
    updated_by            varchar(100)   not null default 'system',
    constraint fk_workforce_workload_rule_assistance_type foreign key (assistance_type_code)
        references assistance_type (code),
    constraint fk_workforce_workload_rule_level foreign key (manager_level_id)
        references workforce_certification_level (id),
    constraint ck_workforce_workload_rule_status check (program_status is null
        or program_status in ('PROPOSED', 'ACTIVE', 'SUSPENDED', 'COMPLETED', 'TERMINATED')),
    constraint ck_workforce_workload_rule_band check ((min_allocated is null or min_allocated >= 0)
        and (max_allocated is null or max_allocated > 0)
        and (min_allocated is null or max_allocated is null or max_allocated > min_allocated)),
    constraint ck_workforce_workload_rule_fte check (manager_fte between 0 and 20 and implementer_fte between 0 and 20
        and oversight_fte between 0 and 20 and evaluator_fte between 0 and 20)
);
create index ix_workforce_workload_rule_assistance_type on workforce_workload_rule (assistance_type_code);
create index ix_workforce_workload_rule_level on workforce_workload_rule (manager_level_id);
create index ix_workforce_workload_rule_status on workforce_workload_rule (program_status);

-- Starting rules. INVENTED starting values for the demonstration, not taken from any source: no published staffing
-- ratio for security-assistance programs could be confirmed. Administrators replace them with their own.
insert into workforce_workload_rule (assistance_type_code, program_status, min_allocated, max_allocated,
                                     manager_fte, implementer_fte, oversight_fte, evaluator_fte, manager_level_id, note)
values
    (null, null, null, 1000000, 0.20, 0.30, 0.05, 0.05, null,
     'Invented starting value: a small program (under $1M allocated)'),
    (null, null, 1000000, 10000000, 0.50, 1.00, 0.10, 0.10,
     (select id from workforce_certification_level where scheme = 'DOD_SCW' and code = 'PRACTITIONER'),
     'Invented starting value: a program of $1M to $10M allocated'),
    (null, null, 10000000, null, 1.00, 2.00, 0.25, 0.25,
     (select id from workforce_certification_level where scheme = 'DOD_SCW' and code = 'EXPERT'),
     'Invented starting value: a program of $10M or more allocated'),
    ('TRAINING', 'ACTIVE', null, null, 0.50, 1.50, 0.10, 0.20,
     (select id from workforce_certification_level where scheme = 'DOD_SCW' and code = 'PRACTITIONER'),
     'Invented starting value: an active training program'),
    ('EQUIPMENT_GRANT', null, 10000000, null, 1.00, 1.00, 0.50, 0.25,
     (select id from workforce_certification_level where scheme = 'DOD_SCW' and code = 'EXPERT'),
     'Invented starting value: a large equipment grant (end-use monitoring adds oversight)');
