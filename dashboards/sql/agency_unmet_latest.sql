-- Every requirement a system of an agency's latest counted BM-01 does not meet (or cannot be
-- shown to meet), with the evidence and the legal basis.
with latest as (
    select agency_code, max(period) as period
    from system_requirements
    where $agency is null or agency_code = $agency
    group by agency_code
)

select r.agency_code, r.period, r.file, r.sheet, r.row, r.requirement_code, r.requirement_name,
       r.requirement_order, r.protection_layer, r.status, r.evidence, r.legal_basis
from system_requirements r
join latest l using (agency_code, period)
where r.status <> 'met'
order by r.agency_code, r.file, r.sheet, r.row, r.requirement_order
