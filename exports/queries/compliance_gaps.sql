-- Every requirement a counted BM-01 system of the month $period does not meet or lacks the evidence for,
-- with the evidence read from the report; the requirement's name and legal basis by requirement_id
-- (compliance_requirements, numbered the same way).
with gaps as (
  select * from system_requirements where period = $period and status <> 'met'
),

requirements as (
  select
    row_number() over (order by requirement_name, legal_basis) as requirement_id,
    requirement_name,
    legal_basis
  from (select distinct requirement_name, legal_basis from gaps)
),

final as (
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
    q.requirement_id,
    r.status,
    r.evidence
  from gaps as r
  join agency_period as a
    on a.agency_code = r.agency_code
    and a.period = r.period
  join requirements as q
    on q.requirement_name is not distinct from r.requirement_name
    and q.legal_basis is not distinct from r.legal_basis
)

select * from final
order by agency_code, file, sheet, "row", requirement_order
