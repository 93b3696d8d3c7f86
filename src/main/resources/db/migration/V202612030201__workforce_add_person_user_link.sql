-- Workforce (issue 16, item 2): a person may be linked to a user of the person's agency, one person per user.
create unique index uq_workforce_person_user on workforce_person (user_id) where user_id is not null;
