-- The OECD DAC CRS purpose code (IATI sector vocabulary 1) that each capability domain is reported under in IATI
-- exports. Most security-sector work is "Security system management and reform" (15210); four domains have a closer
-- purpose code of their own. Every domain has one.
alter table capability_domain add column crs_sector_code char(5);

update capability_domain set crs_sector_code = case code
    when 'GOVERNANCE_RULE_OF_LAW' then '15130'
    when 'STABILIZATION'          then '15220'
    when 'PEACEKEEPING'           then '15230'
    when 'COUNTERNARCOTICS'       then '16063'
    else '15210' end;

alter table capability_domain alter column crs_sector_code set not null,
    add constraint fk_capability_domain_crs_sector foreign key (crs_sector_code) references crs_sector (code);
