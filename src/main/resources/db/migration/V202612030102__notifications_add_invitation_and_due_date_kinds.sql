-- Issue 14, section 4: notices of an invitation answered (to the plan's conductor) and of a review's due date
-- changed (to the officials of the agencies whose answer is pending).
alter table notification drop constraint ck_notification_kind;
alter table notification add constraint ck_notification_kind check (kind in ('CONCURRENCE_REQUESTED',
    'CONCURRENCE_ANSWERED', 'CONCURRENCE_OVERDUE', 'REVIEW_DECIDED', 'AGENCY_INVITED', 'INVITATION_ANSWERED',
    'REVIEW_DUE_DATE_CHANGED', 'BLOCKING_FINDING'));
