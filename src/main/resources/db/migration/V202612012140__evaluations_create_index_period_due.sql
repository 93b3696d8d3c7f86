-- Results due (issue 13, item 15): periods that ended with no actual recorded, found by their end date.
create index ix_evaluation_indicator_period_due on evaluation_indicator_period (end_date)
    where actual_value is null and actual_text is null;
