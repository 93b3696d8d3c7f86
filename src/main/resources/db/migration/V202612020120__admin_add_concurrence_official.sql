-- Issue 14, section 1: the per-agency duty "concurrence official". A user who holds it answers concurrence requests
-- for their own agency (and no other): the column names that agency and must equal the user's agency. Changing the
-- user's agency ends the duty (the application clears it; the check refuses anything else).
alter table app_user add column concurrence_agency_id bigint;
alter table app_user add constraint fk_app_user_concurrence_agency
    foreign key (concurrence_agency_id) references agency (id);
alter table app_user add constraint ck_app_user_concurrence_own_agency
    check (concurrence_agency_id is null or concurrence_agency_id = agency_id);
create index ix_app_user_concurrence_agency on app_user (concurrence_agency_id);

-- its history, with the rest of the account's
alter table app_user_aud add column concurrence_agency_id bigint;
