-- Programs created from an imported ForeignAssistance.gov activity keep the link to its source rows.
create table interchange_program_source (
    program_id       bigint       not null,
    activity_row_id  bigint       not null,
    linked_at        timestamptz  not null default now(),
    linked_by        varchar(100) not null,
    constraint pk_interchange_program_source primary key (program_id, activity_row_id),
    constraint fk_interchange_program_source_program foreign key (program_id) references program (id) on delete cascade,
    constraint fk_interchange_program_source_activity foreign key (activity_row_id) references interchange_activity (id)
        on delete cascade
);
create index ix_interchange_program_source_activity on interchange_program_source (activity_row_id);
