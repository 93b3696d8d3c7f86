-- /portfolio's recommendations table pages in this order (AssessmentService.recommendations): with the index its first
-- page reads 25 rows instead of sorting all 50,000 assessments of the benchmark (24.8 ms to 0.13 ms in psql).
create index ix_portfolio_assessment_order on portfolio_assessment
    (priority nulls last, country_name, program_title, program_id);
