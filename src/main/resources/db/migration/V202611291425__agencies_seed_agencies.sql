-- The agencies tree of DOMAIN.md. has_own_budget: the agency receives its own appropriation for
-- security assistance or cooperation (others implement with funds transferred from State or DoD).
insert into agency (code, name, kind, has_own_budget, description) values
('DOS',   'Department of State',              'DEPARTMENT', true,  'Leads foreign policy; manages the title 22 security assistance accounts.'),
('DOD',   'Department of Defense',            'DEPARTMENT', true,  'Manages title 10 security cooperation and implements title 22 programs such as FMF and IMET.'),
('DOJ',   'Department of Justice',            'DEPARTMENT', false, 'Police and justice-sector development, mostly funded by State (INCLE).'),
('DHS',   'Department of Homeland Security',  'DEPARTMENT', false, 'Border, maritime, customs and cyber capacity building.'),
('TREAS', 'Department of the Treasury',       'DEPARTMENT', true,  'Financial-sector technical assistance and counter-threat finance.');

insert into agency (code, name, kind, has_own_budget, parent_id, description) values
('PM',    'Bureau of Political-Military Affairs',                         'BUREAU', true,  (select id from agency where code = 'DOS'), 'Manages FMF, IMET and PKO.'),
('INL',   'Bureau of International Narcotics and Law Enforcement Affairs','BUREAU', true,  (select id from agency where code = 'DOS'), 'Manages INCLE: police, counternarcotics, justice and corrections assistance.'),
('CT',    'Bureau of Counterterrorism',                                   'BUREAU', true,  (select id from agency where code = 'DOS'), 'Manages Antiterrorism Assistance and other NADR counterterrorism programs.'),
('DRL',   'Bureau of Democracy, Human Rights, and Labor',                 'BUREAU', true,  (select id from agency where code = 'DOS'), 'Human-rights policy and Leahy vetting.'),
('ISN',   'Bureau of International Security and Nonproliferation',        'BUREAU', true,  (select id from agency where code = 'DOS'), 'Export control and related border security (NADR/EXBS).'),
('CSO',   'Bureau of Conflict and Stabilization Operations',              'BUREAU', false, (select id from agency where code = 'DOS'), 'Conflict prevention and stabilization analysis and planning.'),
('DSCA',  'Defense Security Cooperation Agency',                          'AGENCY', true,  (select id from agency where code = 'DOD'), 'Administers security cooperation programs and the security cooperation workforce.'),
('CCMD',  'Combatant Commands',                                           'COMMAND', false, (select id from agency where code = 'DOD'), 'Geographic combatant commands that plan and execute security cooperation in their areas.'),
('SCO',   'Security Cooperation Offices',                                 'OFFICE', false, (select id from agency where code = 'DOD'), 'DoD security cooperation offices at US embassies.'),
('ICITAP','International Criminal Investigative Training Assistance Program','OFFICE', false, (select id from agency where code = 'DOJ'), 'Police and corrections development.'),
('OPDAT', 'Office of Overseas Prosecutorial Development, Assistance and Training','OFFICE', false, (select id from agency where code = 'DOJ'), 'Prosecutor and judicial development.'),
('FBI',   'Federal Bureau of Investigation',                              'AGENCY', false, (select id from agency where code = 'DOJ'), 'Investigative training and partnerships.'),
('USCG',  'United States Coast Guard',                                    'AGENCY', false, (select id from agency where code = 'DHS'), 'Maritime law enforcement and coast guard capacity building.'),
('CBP',   'U.S. Customs and Border Protection',                           'AGENCY', false, (select id from agency where code = 'DHS'), 'Border and customs capacity building.'),
('CISA',  'Cybersecurity and Infrastructure Security Agency',             'AGENCY', false, (select id from agency where code = 'DHS'), 'Cyber and critical-infrastructure security cooperation.'),
('OTA',   'Office of Technical Assistance',                               'OFFICE', true,  (select id from agency where code = 'TREAS'), 'Technical assistance to finance ministries and central banks, including economic crimes.'),
('TFI',   'Office of Terrorism and Financial Intelligence',               'OFFICE', false, (select id from agency where code = 'TREAS'), 'Counter-threat finance and sanctions.');

insert into agency (code, name, kind, has_own_budget, parent_id, description) values
('AFRICOM',   'U.S. Africa Command',        'COMMAND', false, (select id from agency where code = 'CCMD'), null),
('CENTCOM',   'U.S. Central Command',       'COMMAND', false, (select id from agency where code = 'CCMD'), null),
('EUCOM',     'U.S. European Command',      'COMMAND', false, (select id from agency where code = 'CCMD'), null),
('INDOPACOM', 'U.S. Indo-Pacific Command',  'COMMAND', false, (select id from agency where code = 'CCMD'), null),
('NORTHCOM',  'U.S. Northern Command',      'COMMAND', false, (select id from agency where code = 'CCMD'), null),
('SOUTHCOM',  'U.S. Southern Command',      'COMMAND', false, (select id from agency where code = 'CCMD'), null);

-- A starting capability catalogue (administrators refine it).
insert into agency_capability (agency_id, assistance_type_code, capability_domain_code)
select a.id, c.t, c.d from agency a join (values
  ('PM','FINANCING','MARITIME'), ('PM','FINANCING','DEFENSE_INSTITUTION_BUILDING'), ('PM','EDUCATION','DEFENSE_INSTITUTION_BUILDING'),
  ('PM','TRAINING','PEACEKEEPING'), ('PM','EQUIPMENT_GRANT','PEACEKEEPING'),
  ('INL','TRAINING','COUNTERNARCOTICS'), ('INL','EQUIPMENT_GRANT','COUNTERNARCOTICS'), ('INL','JUSTICE_SECTOR','GOVERNANCE_RULE_OF_LAW'),
  ('INL','COMMUNITY_JUSTICE','GOVERNANCE_RULE_OF_LAW'), ('INL','TRAINING','BORDER_SECURITY'),
  ('CT','TRAINING','COUNTERTERRORISM'), ('CT','EQUIPMENT_GRANT','COUNTERTERRORISM'),
  ('ISN','TRAINING','NONPROLIFERATION'), ('ISN','EQUIPMENT_GRANT','BORDER_SECURITY'),
  ('CSO','ADVISING','STABILIZATION'),
  ('DSCA','EQUIPMENT_SALE','MARITIME'), ('DSCA','TRAINING','COUNTERTERRORISM'), ('DSCA','EQUIPMENT_GRANT','MARITIME'),
  ('DSCA','INSTITUTION_BUILDING','DEFENSE_INSTITUTION_BUILDING'), ('DSCA','TRAINING','CYBER'),
  ('CCMD','EXERCISE','MARITIME'), ('CCMD','EXERCISE','HYBRID_WARFARE'), ('CCMD','TRAINING','ELECTRONIC_WARFARE'),
  ('ICITAP','TRAINING','GOVERNANCE_RULE_OF_LAW'), ('ICITAP','INSTITUTION_BUILDING','GOVERNANCE_RULE_OF_LAW'),
  ('OPDAT','JUSTICE_SECTOR','GOVERNANCE_RULE_OF_LAW'), ('OPDAT','JUSTICE_SECTOR','COUNTERTERRORISM'),
  ('FBI','TRAINING','COUNTERTERRORISM'), ('FBI','TRAINING','CYBER'),
  ('USCG','TRAINING','MARITIME'), ('USCG','EQUIPMENT_GRANT','MARITIME'),
  ('CBP','TRAINING','BORDER_SECURITY'), ('CBP','ADVISING','BORDER_SECURITY'),
  ('CISA','ADVISING','CYBER'), ('CISA','TRAINING','CYBER'),
  ('OTA','ADVISING','GOVERNANCE_RULE_OF_LAW'), ('TFI','ADVISING','COUNTERTERRORISM')
) as c(code, t, d) on a.code = c.code;
