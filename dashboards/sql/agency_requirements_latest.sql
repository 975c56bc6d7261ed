-- Each agency's requirements as judged on its latest counted BM-01 (the only form that lists systems).
with latest as (
    select agency_code, max(period) as period
    from agency_requirements
    where $agency is null or agency_code = $agency
    group by agency_code
)

select r.agency_code, r.period, r.requirement_code, r.requirement_name, r.requirement_order,
       r.protection_layer, r.applicable_levels, r.applicable_systems, r.met_systems,
       r.unmet_systems, r.unknown_systems, r.met_share, r.target_share::double as target_share,
       cast(r.target_date as varchar) as target_date, r.is_target_due, r.is_target_reached,
       r.legal_basis, r.source_file
from agency_requirements r
join latest l using (agency_code, period)
order by r.agency_code, r.requirement_order
