-- Seed of the certification framework (issue 16, item 3).
--
-- Confirmed (the issue and docs/DOMAIN.md): 10 U.S.C. 384 establishes DoD's security cooperation workforce
-- development program; DoD Instruction 5132.15 of 7 May 2021 sets its certification levels: Foundational,
-- Practitioner, Expert and Executive. The program's earlier levels were Basic, Intermediate and Advanced; they are
-- seeded as retired, so that certifications granted under them can still be recorded.
--
-- NOT confirmed, to be checked against DoDI 5132.15 and the Defense Security Cooperation University's current
-- guidance before anyone relies on them:
--   * the ranks: 1 to 4 follow the order in which the instruction lists the current levels; placing Basic,
--     Intermediate and Advanced at ranks 1, 2 and 3 (as equivalent to Foundational, Practitioner and Expert) is an
--     assumption of this application, not a crosswalk published by DoD;
--   * the functional areas (DoD calls them areas of concentration or functional areas in different documents):
--     neither the issue nor docs/DOMAIN.md names them, so none is seeded as confirmed. The areas below are the
--     work the issue itself describes (program management, oversight, assessment, monitoring and evaluation under
--     10 U.S.C. 383, training delivery) and are marked confirmed = false; administrators should replace them with
--     the official list.
insert into workforce_certification_level (scheme, code, name, level_rank, retired, note) values
    ('DOD_SCW', 'FOUNDATIONAL', 'Foundational', 1, false, 'DoDI 5132.15 (7 May 2021)'),
    ('DOD_SCW', 'PRACTITIONER', 'Practitioner', 2, false, 'DoDI 5132.15 (7 May 2021)'),
    ('DOD_SCW', 'EXPERT', 'Expert', 3, false, 'DoDI 5132.15 (7 May 2021)'),
    ('DOD_SCW', 'EXECUTIVE', 'Executive', 4, false, 'DoDI 5132.15 (7 May 2021)'),
    ('DOD_SCW', 'BASIC', 'Basic', 1, true, 'Earlier level, retired; rank equivalence to Foundational not confirmed'),
    ('DOD_SCW', 'INTERMEDIATE', 'Intermediate', 2, true, 'Earlier level, retired; rank equivalence to Practitioner not confirmed'),
    ('DOD_SCW', 'ADVANCED', 'Advanced', 3, true, 'Earlier level, retired; rank equivalence to Expert not confirmed');

insert into workforce_functional_area (code, name, confirmed, note) values
    ('PROGRAM_MANAGEMENT', 'Program management', false, 'To be confirmed against the official list of functional areas'),
    ('OVERSIGHT', 'Oversight', false, 'To be confirmed against the official list of functional areas'),
    ('AME', 'Assessment, monitoring and evaluation', false, 'To be confirmed; the work of 10 U.S.C. 383'),
    ('TRAINING', 'Training delivery', false, 'To be confirmed against the official list of functional areas');
