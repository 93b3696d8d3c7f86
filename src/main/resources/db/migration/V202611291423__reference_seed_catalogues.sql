-- Assistance types: the spectrum of DOMAIN.md, with the DSCA SAMM "what it provides" categories.
insert into assistance_type (code, name, description, sort_order) values
('TRAINING',              'Training',                       'Courses and unit training of partner personnel (tactical, technical, professional).', 10),
('EDUCATION',             'Professional education',         'Professional military or law-enforcement education, e.g. IMET courses in the United States.', 20),
('ADVISING',              'Advisory services',              'Advisors and subject-matter experts working with partner forces or institutions.', 30),
('EXERCISE',              'Exercises',                      'Combined or bilateral exercises and the partner''s participation expenses.', 40),
('EQUIPMENT_GRANT',       'Equipment (grant transfer)',     'Defense articles or equipment provided as a grant, including excess defense articles.', 50),
('EQUIPMENT_SALE',        'Equipment sales',                'Foreign military sales and direct commercial sales of defense articles and services.', 60),
('FINANCING',             'Financing',                      'Grants or loans that finance the partner''s purchases of defense articles and services.', 70),
('SUPPLIES_SERVICES',     'Supplies and services',          'Consumables, spare parts, sustainment, logistics and other services.', 80),
('INSTITUTION_BUILDING',  'Institution building',           'Ministry and defense institution building: strategy, resource management, human resources.', 90),
('JUSTICE_SECTOR',        'Justice-sector development',     'Judicial, prosecutorial and corrections institution building and case-management support.', 100),
('COMMUNITY_JUSTICE',     'Community justice and reconciliation', 'Community policing, victim support, transitional justice and reconciliation programs.', 110),
('INFRASTRUCTURE',        'Infrastructure and construction','Construction or refurbishment of facilities such as training centers, posts and piers.', 120);

insert into recipient_type (code, name, description, sort_order) values
('MILITARY',      'Military',                'Armed forces: army, navy, air force, marines, special operations forces.', 10),
('POLICE',        'Police',                  'Civilian police and other law-enforcement bodies with arrest powers.', 20),
('GENDARMERIE',   'Gendarmerie',             'Military-status forces with police functions.', 30),
('BORDER',        'Border security',         'Border guards and border police.', 40),
('COAST_GUARD',   'Coast guard',             'Maritime law-enforcement and coast guard services.', 50),
('CUSTOMS',       'Customs',                 'Customs and revenue services at ports of entry.', 60),
('JUSTICE',       'Justice sector',          'Courts, prosecutors, public defenders and judicial councils.', 70),
('CORRECTIONS',   'Corrections',             'Prison and corrections services.', 80),
('INTELLIGENCE',  'Intelligence',            'Civilian or military intelligence services.', 90),
('MINISTRY',      'Ministry',                'Ministries of defense, interior or justice and other civilian oversight bodies.', 100),
('CIVIL_SOCIETY', 'Civil society',           'Non-governmental organizations, community groups, media, academia.', 110);

insert into capability_domain (code, name, description, competition_focus, sort_order) values
('CYBER',                'Cyber',                            'Cyber defense and security of networks and critical infrastructure.', 'HIGH_END', 10),
('ELECTRONIC_WARFARE',   'Electronic warfare',               'Electromagnetic spectrum operations, protection and attack.', 'HIGH_END', 20),
('SPACE',                'Space',                            'Space situational awareness and space-enabled capabilities.', 'HIGH_END', 30),
('HYBRID_WARFARE',       'Hybrid warfare',                   'Resistance to coercion below the threshold of armed conflict: disinformation, proxies, sabotage.', 'HIGH_END', 40),
('MARITIME',             'Maritime',                         'Maritime domain awareness, maritime security and maritime law enforcement.', 'HIGH_END', 50),
('COUNTERTERRORISM',     'Counterterrorism',                 'Preventing and countering terrorism, including terrorist financing.', 'WEAK_STATE', 60),
('STABILIZATION',        'Stabilization',                    'Stabilization of conflict-affected areas and security sector reform.', 'WEAK_STATE', 70),
('GOVERNANCE_RULE_OF_LAW','Governance and rule of law',      'Accountable security institutions, rule of law, justice and civilian oversight.', 'WEAK_STATE', 80),
('BORDER_SECURITY',      'Border security',                  'Control of land borders and ports of entry.', 'GENERAL', 90),
('COUNTERNARCOTICS',     'Counternarcotics',                 'Counternarcotics and countering transnational organized crime.', 'GENERAL', 100),
('PEACEKEEPING',         'Peacekeeping',                     'Preparing partner forces for peace operations.', 'GENERAL', 110),
('DEFENSE_INSTITUTION_BUILDING', 'Defense institution building', 'Ministry of defense strategy, planning, resource and human-capital management.', 'GENERAL', 120),
('NONPROLIFERATION',     'Nonproliferation',                 'Export control, border security and countering weapons of mass destruction.', 'GENERAL', 130);

-- OECD DAC CRS purpose codes with their official names.
insert into crs_sector (code, name, category) values
('15130', 'Legal and judicial development',                                'Government and civil society, general (151)'),
('15132', 'Police',                                                        'Government and civil society, general (151)'),
('15210', 'Security system management and reform',                         'Conflict, peace and security (152)'),
('15220', 'Civilian peace-building, conflict prevention and resolution',   'Conflict, peace and security (152)'),
('15230', 'Participation in international peacekeeping operations',        'Conflict, peace and security (152)'),
('15240', 'Reintegration and SALW control',                                'Conflict, peace and security (152)'),
('15250', 'Removal of land mines and explosive remnants of war',           'Conflict, peace and security (152)'),
('15261', 'Child soldiers (prevention and demobilisation)',                'Conflict, peace and security (152)'),
('16063', 'Narcotics control',                                             'Other social infrastructure and services (160)');

insert into objective_category (code, name, definition, sort_order) values
('OPERATIONAL',   'Operational',   'More effective, professional partner forces, for operationally valuable partnerships.', 10),
('TRANSACTIONAL', 'Transactional', 'Access, influence and relationships that serve broader foreign-policy aims.', 20),
('GOVERNANCE',    'Governance',    'Rule of law and societal governance in the partner country, the foundation for operational and transactional aims.', 30);

-- IATI result type codes: 1 output, 2 outcome, 3 impact (inputs have no IATI result type).
insert into metric_level (code, name, definition, iati_result_type, sort_order) values
('INPUT',   'Input',   'Resources put in: money spent, equipment delivered, instructor hours.', null, 10),
('OUTPUT',  'Output',  'What the program directly produces: people trained, systems fielded, courses held.', '1', 20),
('OUTCOME', 'Outcome', 'The change in partner capability or behaviour the outputs are meant to cause.', '2', 30),
('IMPACT',  'Impact',  'The long-term effect on the desired end state in the partner country.', '3', 40);
