-- Every requirement a counted BM-01 system of the month $period does not meet or lacks the evidence for,
-- with the evidence read from the report and the legal basis.
select
  r.agency_code,
  a.agency_name,
  r.file,
  r.sheet,
  r."row",
  r.system_code,
  r.system_name,
  r.level,
  r.requirement_order,
  r.requirement_name,
  r.status,
  r.evidence,
  r.legal_basis
from system_requirements as r
join agency_period as a
  on a.agency_code = r.agency_code
  and a.period = r.period
where r.period = $period
  and r.status <> 'met'
order by r.agency_code, r.file, r.sheet, r."row", r.requirement_order
