-- Workforce (issue 16, item 2): a person's training records (course, date, expiry). Personal data: seen by
-- administrators, evaluators and planners of the person's agency, like certifications.
create table workforce_training (
    id            bigserial     primary key,
    person_id     bigint        not null,
    course        varchar(200)  not null,
    completed_on  date          not null,
    expires_on    date,
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    created_by    varchar(100)  not null default 'system',
    updated_at    timestamptz   not null default now(),
    updated_by    varchar(100)  not null default 'system',
    constraint fk_workforce_training_person foreign key (person_id) references workforce_person (id) on delete cascade,
    constraint ck_workforce_training_expiry check (expires_on is null or expires_on >= completed_on)
);
create index ix_workforce_training_person on workforce_training (person_id, completed_on desc);
create index ix_workforce_training_expires on workforce_training (expires_on);
