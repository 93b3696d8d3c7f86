-- A program created from an imported activity was linked to the activity's rows by row id, with ON DELETE
-- CASCADE: since a newer vintage moves replaced rows out of interchange_activity (and a rollback deletes the rows
-- of the import it undoes), those links would vanish silently. A program is linked to the published activity
-- itself, (country_code, activity_id) as published ('' when blank), and so covers the activity's rows of every
-- later vintage. activity_name keeps the name the activity had when the program was created from it.
create table interchange_program_activity (
    program_id     bigint       not null,
    country_code   text         not null,
    activity_id    text         not null,
    activity_name  text,
    linked_at      timestamptz  not null default now(),
    linked_by      varchar(100) not null,
    constraint pk_interchange_program_activity primary key (program_id, country_code, activity_id),
    constraint fk_interchange_program_activity_program foreign key (program_id) references program (id) on delete cascade
);
create index ix_interchange_program_activity_activity on interchange_program_activity (country_code, activity_id);

insert into interchange_program_activity (program_id, country_code, activity_id, activity_name, linked_at, linked_by)
select s.program_id, a.country_code, coalesce(a.activity_id, ''), max(a.activity_name), min(s.linked_at), min(s.linked_by)
from interchange_program_source s
join interchange_activity a on a.id = s.activity_row_id
group by s.program_id, a.country_code, coalesce(a.activity_id, '');

drop table interchange_program_source;
