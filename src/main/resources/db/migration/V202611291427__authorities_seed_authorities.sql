-- Authorities of DOMAIN.md. 22 U.S.C. = Foreign Assistance Act of 1961 (FAA) / Arms Export Control
-- Act (AECA); 10 U.S.C. chapter 16 = DoD security cooperation, consolidated by the FY2017 NDAA.
insert into authority (short_name, citation, section_reference, title, statute, source_act, program_category,
                       managing_agency_id, funding_account, duration, notification_days, notification_basis, program_area, guidance) values
('INCLE', '22 U.S.C. 2291', 'FAA s.481', 'International Narcotics Control and Law Enforcement', 'TITLE_22', 'FAA', 'SECURITY_ASSISTANCE',
  (select id from agency where code = 'INL'), 'International Narcotics Control and Law Enforcement (INCLE)', 'PERMANENT', 15,
  'Congressional notification before obligation (FAA s.634A and the annual appropriations act)', 'Countries and global programs',
  'Police, counternarcotics, justice and corrections assistance. Police assistance under this chapter is excepted from FAA s.660 by s.660(b)(1).'),
('IMET', '22 U.S.C. 2347', 'FAA s.541', 'International Military Education and Training', 'TITLE_22', 'FAA', 'SECURITY_ASSISTANCE',
  (select id from agency where code = 'PM'), 'International Military Education and Training (IMET)', 'PERMANENT', 15,
  'Congressional notification before obligation (FAA s.634A and the annual appropriations act)', 'Countries',
  'Professional military education and training; implemented by DoD (DSCA and the military departments).'),
('PKO', '22 U.S.C. 2348', 'FAA s.551', 'Peacekeeping Operations', 'TITLE_22', 'FAA', 'SECURITY_ASSISTANCE',
  (select id from agency where code = 'PM'), 'Peacekeeping Operations (PKO)', 'PERMANENT', 15,
  'Congressional notification before obligation (FAA s.634A and the annual appropriations act)', 'Countries, regional and global programs',
  'Peacekeeping capacity, regional security and counterterrorism programs in support of US national security.'),
('ATA', '22 U.S.C. 2349aa', 'FAA s.571 et seq.', 'Antiterrorism Assistance', 'TITLE_22', 'FAA', 'SECURITY_ASSISTANCE',
  (select id from agency where code = 'CT'), 'Nonproliferation, Anti-terrorism, Demining and Related Programs (NADR)', 'PERMANENT', 15,
  'Congressional notification before obligation (FAA s.634A and the annual appropriations act)', 'Countries',
  'Training and equipment for partner law-enforcement counterterrorism capabilities.'),
('FMF', '22 U.S.C. 2763', 'AECA s.23', 'Foreign Military Financing', 'TITLE_22', 'AECA', 'SECURITY_ASSISTANCE',
  (select id from agency where code = 'PM'), 'Foreign Military Financing Program (FMF)', 'PERMANENT', 15,
  'Congressional notification before obligation (FAA s.634A and the annual appropriations act)', 'Countries',
  'Grants and loans to finance purchases of US defense articles, services and training; executed by DSCA.'),
('SEC321', '10 U.S.C. 321', null, 'Training with friendly foreign countries: payment of training and exercise expenses', 'TITLE_10', 'TITLE_10', 'SECURITY_COOPERATION',
  (select id from agency where code = 'DSCA'), 'Operation and Maintenance, Defense-Wide', 'PERMANENT', null, null, 'Countries',
  'Training of US general purpose forces with partner forces; pays partner incremental expenses.'),
('SEC332', '10 U.S.C. 332', null, 'Friendly foreign countries; international and regional organizations: defense institution capacity building', 'TITLE_10', 'TITLE_10', 'SECURITY_COOPERATION',
  (select id from agency where code = 'DSCA'), 'Operation and Maintenance, Defense-Wide', 'PERMANENT', null, null, 'Countries and regional organizations',
  'Ministry of defense advisors and defense institution building.'),
('SEC333', '10 U.S.C. 333', null, 'Foreign security forces: authority to build capacity', 'TITLE_10', 'TITLE_10', 'SECURITY_COOPERATION',
  (select id from agency where code = 'DSCA'), 'Operation and Maintenance, Defense-Wide', 'PERMANENT', 15,
  'Notice to the appropriate congressional committees not later than 15 days before initiating a program (10 U.S.C. 333(e))', 'Countries',
  'Training and equipment for national military and security forces for counterterrorism, maritime and border security, and other purposes.'),
('SEC383', '10 U.S.C. 383', null, 'Assessment, monitoring, and evaluation of programs and activities', 'TITLE_10', 'TITLE_10', 'SECURITY_COOPERATION',
  (select id from agency where code = 'DSCA'), 'Operation and Maintenance, Defense-Wide', 'PERMANENT', null, null, 'Global',
  'Assessment, monitoring and evaluation of security cooperation programs and activities.'),
('SEC384', '10 U.S.C. 384', null, 'Department of Defense security cooperation workforce development', 'TITLE_10', 'TITLE_10', 'SECURITY_COOPERATION',
  (select id from agency where code = 'DSCA'), 'Operation and Maintenance, Defense-Wide', 'PERMANENT', null, null, 'Global',
  'Training and certification of the security cooperation workforce.');

insert into authority_assistance_type (authority_id, assistance_type_code)
select a.id, v.t from authority a join (values
  ('INCLE','TRAINING'), ('INCLE','EQUIPMENT_GRANT'), ('INCLE','ADVISING'), ('INCLE','JUSTICE_SECTOR'), ('INCLE','COMMUNITY_JUSTICE'), ('INCLE','INFRASTRUCTURE'), ('INCLE','SUPPLIES_SERVICES'),
  ('IMET','EDUCATION'), ('IMET','TRAINING'),
  ('PKO','TRAINING'), ('PKO','EQUIPMENT_GRANT'), ('PKO','ADVISING'), ('PKO','SUPPLIES_SERVICES'),
  ('ATA','TRAINING'), ('ATA','EQUIPMENT_GRANT'), ('ATA','ADVISING'),
  ('FMF','FINANCING'), ('FMF','EQUIPMENT_SALE'), ('FMF','TRAINING'), ('FMF','SUPPLIES_SERVICES'),
  ('SEC321','TRAINING'), ('SEC321','EXERCISE'),
  ('SEC332','ADVISING'), ('SEC332','INSTITUTION_BUILDING'),
  ('SEC333','TRAINING'), ('SEC333','EQUIPMENT_GRANT'), ('SEC333','SUPPLIES_SERVICES'), ('SEC333','INFRASTRUCTURE'),
  ('SEC383','ADVISING'),
  ('SEC384','TRAINING'), ('SEC384','EDUCATION')
) as v(s, t) on a.short_name = v.s;

insert into authority_recipient_type (authority_id, recipient_type_code)
select a.id, v.r from authority a join (values
  ('INCLE','POLICE'), ('INCLE','JUSTICE'), ('INCLE','CORRECTIONS'), ('INCLE','BORDER'), ('INCLE','CUSTOMS'), ('INCLE','COAST_GUARD'), ('INCLE','MINISTRY'), ('INCLE','CIVIL_SOCIETY'),
  ('IMET','MILITARY'), ('IMET','MINISTRY'), ('IMET','GENDARMERIE'), ('IMET','COAST_GUARD'), ('IMET','CIVIL_SOCIETY'),
  ('PKO','MILITARY'), ('PKO','GENDARMERIE'), ('PKO','POLICE'), ('PKO','MINISTRY'),
  ('ATA','POLICE'), ('ATA','BORDER'), ('ATA','INTELLIGENCE'),
  ('FMF','MILITARY'), ('FMF','COAST_GUARD'), ('FMF','GENDARMERIE'), ('FMF','BORDER'),
  ('SEC321','MILITARY'), ('SEC321','GENDARMERIE'), ('SEC321','COAST_GUARD'),
  ('SEC332','MINISTRY'), ('SEC332','MILITARY'),
  ('SEC333','MILITARY'), ('SEC333','BORDER'), ('SEC333','COAST_GUARD'), ('SEC333','GENDARMERIE'), ('SEC333','MINISTRY'),
  ('SEC383','MILITARY'), ('SEC383','MINISTRY'),
  ('SEC384','MINISTRY')
) as v(s, r) on a.short_name = v.s;

insert into restriction (code, citation, title, summary, waivable, waiver_authority) values
('FAA_660', '22 U.S.C. 2420, FAA s.660', 'Police training prohibition',
 'Funds made available under the Foreign Assistance Act may not be used to provide training, advice or financial support for police, prisons or other law-enforcement forces of a foreign government, unless a statutory exception applies or the prohibition is waived.',
 true, 'Secretary of State, typically under "notwithstanding" authority in the annual appropriations act'),
('LEAHY_STATE', '22 U.S.C. 2378d, FAA s.620M', 'State Leahy law: gross violations of human rights',
 'No assistance under the FAA or the AECA may be furnished to any unit of a foreign security force if the Secretary of State has credible information that the unit has committed a gross violation of human rights. Not waivable in the ordinary way: the path back is remediation (the government is taking effective steps to bring those responsible to justice).',
 false, null),
('LEAHY_DOD', '10 U.S.C. 362', 'DoD Leahy law: gross violations of human rights',
 'DoD funds may not be used for training, equipment or other assistance for a unit of a foreign security force if the Secretary of Defense has credible information that the unit has committed a gross violation of human rights. Remediation is the path back; the Secretary of Defense may waive only in extraordinary circumstances, with a report to Congress within 15 days.',
 false, null),
('AUTHORITY_SUNSET', 'Sunset provision of the authority', 'Authority expired',
 'A program may not obligate funds under an authority whose sunset date has passed.',
 false, null),
('CONGRESSIONAL_NOTIFICATION', 'Notification requirement of the authority', 'Congressional notification not filed',
 'Where an authority requires congressional notification before obligation, a program may not obligate funds until the notification has been filed and the waiting period has run.',
 false, null);

insert into restriction_exception (restriction_id, code, citation, description)
select r.id, v.code, v.citation, v.description from restriction r join (values
  ('NARCOTICS_DEA_FBI', 'FAA s.660(b)(1)', 'Assistance under section 515(c) of the Omnibus Crime Control and Safe Streets Act of 1968, any authority of the DEA or the FBI relating to crimes unlawful under US law, or assistance authorized under FAA s.482 (narcotics control).'),
  ('PRIOR_CONTRACT', 'FAA s.660(b)(2)', 'Contracts entered into before the enactment of s.660 to provide personnel for such a program.'),
  ('MARITIME_LAW_ENFORCEMENT', 'FAA s.660(b)(3)', 'Assistance, including training, in maritime law enforcement and other maritime skills.'),
  ('EASTERN_CARIBBEAN_RSS', 'FAA s.660(b)(4)', 'Assistance to police forces in connection with their participation in the Regional Security System of the Eastern Caribbean states.'),
  ('SANCTIONS_ENFORCEMENT', 'FAA s.660(b)(5)', 'Assistance, including training, relating to sanctions monitoring and enforcement.'),
  ('POST_CONFLICT_POLICE', 'FAA s.660(b)(6)', 'Assistance to reconstitute civilian police authority and capability in the post-conflict restoration of host-nation infrastructure, including professional public-safety training in human rights, rule of law and anti-corruption.'),
  ('CUSTOMS', 'FAA s.660(b)(7)', 'Assistance to customs authorities and personnel, including training, technical assistance and equipment, for customs law enforcement and customs systems.'),
  ('DEMOCRATIC_TRADITION', 'FAA s.660(c)', 'Assistance to a country with a longstanding democratic tradition that has no standing armed forces and does not engage in a consistent pattern of gross violations of human rights (conditions apply).')
) as v(code, citation, description) on r.code = 'FAA_660';
