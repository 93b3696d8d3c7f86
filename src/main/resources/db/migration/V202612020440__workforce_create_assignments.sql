-- Workforce (issue 16, item 4): a person's share of a program's work per fiscal year and role (FTE 0.05 to 1.0),
-- and the workload a program needs (FTE by role, the certification level its manager needs), in each fiscal year
-- of its plan.
create table workforce_assignment (
    id           bigserial     primary key,
    person_id    bigint        not null,
    program_id   bigint        not null,
    fiscal_year  int           not null,
    role         varchar(20)   not null,
    fte          numeric(3, 2) not null,
    version      bigint        not null default 0,
    created_at   timestamptz   not null default now(),
    created_by   varchar(100)  not null default 'system',
    updated_at   timestamptz   not null default now(),
    updated_by   varchar(100)  not null default 'system',
    constraint fk_workforce_assignment_person foreign key (person_id) references workforce_person (id) on delete cascade,
    constraint fk_workforce_assignment_program foreign key (program_id) references program (id) on delete cascade,
    constraint ck_workforce_assignment_role check (role in ('MANAGER', 'IMPLEMENTER', 'OVERSIGHT', 'EVALUATOR')),
    constraint ck_workforce_assignment_fte check (fte between 0.05 and 1.00),
    constraint ck_workforce_assignment_year check (fiscal_year between 2000 and 2100),
    constraint uq_workforce_assignment unique (person_id, program_id, fiscal_year, role)
);
create index ix_workforce_assignment_program on workforce_assignment (program_id, fiscal_year);
create index ix_workforce_assignment_person on workforce_assignment (person_id, fiscal_year);

create table workforce_program_workload (
    id                bigserial     primary key,
    program_id        bigint        not null,
    manager_fte       numeric(4, 2) not null default 0,
    implementer_fte   numeric(4, 2) not null default 0,
    oversight_fte     numeric(4, 2) not null default 0,
    evaluator_fte     numeric(4, 2) not null default 0,
    manager_level_id  bigint,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    created_by        varchar(100)  not null default 'system',
    updated_at        timestamptz   not null default now(),
    updated_by        varchar(100)  not null default 'system',
    constraint uq_workforce_program_workload_program unique (program_id),
    constraint fk_workforce_program_workload_program foreign key (program_id) references program (id) on delete cascade,
    constraint fk_workforce_program_workload_level foreign key (manager_level_id)
        references workforce_certification_level (id),
    constraint ck_workforce_program_workload_fte check (manager_fte between 0 and 20 and implementer_fte between 0 and 20
        and oversight_fte between 0 and 20 and evaluator_fte between 0 and 20)
);
create index ix_workforce_program_workload_level on workforce_program_workload (manager_level_id);
