-- Issue 14, section 1: the conductor (or an administrator) changes a review's due date while the plan is in
-- review. The review gets a version (a change made meanwhile by someone else is refused: 409), and the history a
-- kind for the change (old and new date in its detail).
alter table concurrence_review add column version bigint not null default 0;
alter table concurrence_log drop constraint ck_concurrence_log_kind;
alter table concurrence_log add constraint ck_concurrence_log_kind check (kind in ('REQUESTED', 'ANSWERED',
    'ANSWER_CHANGED', 'WITHDRAWN', 'APPROVED', 'APPROVED_OVER_OBJECTIONS', 'RETURNED_TO_DRAFT', 'DUE_DATE_CHANGED'));
