-- Waivers, the facts compliance last evaluated and congressional notifications belong to real programs and
-- plans. The authorities and compliance modules were built before programs existed in the same branch; their
-- migrations promised these keys for when programs arrived. Programs and plans are never deleted (they are
-- terminated or archived), so the keys restrict.
alter table waiver
    add constraint fk_waiver_program foreign key (program_id) references program (id);
alter table compliance_program
    add constraint fk_compliance_program_program foreign key (program_id) references program (id),
    add constraint fk_compliance_program_plan foreign key (plan_id) references country_plan (id);
alter table congressional_notification
    add constraint fk_congressional_notification_program foreign key (program_id) references program (id);
