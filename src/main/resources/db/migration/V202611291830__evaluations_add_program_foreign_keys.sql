-- Indicators and evaluations belong to real programs, and outcome indicators to real plan outcomes
-- (the evaluations module was built before programs and plans existed in the same branch).
alter table evaluation_indicator
    add constraint fk_evaluation_indicator_program foreign key (program_id) references program (id),
    add constraint fk_evaluation_indicator_plan_outcome foreign key (plan_outcome_id) references plan_outcome (id);
alter table evaluation
    add constraint fk_evaluation_program foreign key (program_id) references program (id);
