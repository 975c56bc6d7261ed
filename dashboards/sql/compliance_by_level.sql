-- Requirements × agencies on each current agency's latest counted BM-01, per security level, so
-- the page can filter by level: the sums over all levels equal agency_requirements.
with current_agencies as (
    select agency_code
    from agencies
    where valid_to is null or valid_to >= (select max(period) from agency_period)
),

latest as (
    select agency_code, max(period) as period
    from system_requirements
    where agency_code in (select agency_code from current_agencies)
    group by agency_code
),

final as (
    select r.agency_code, r.requirement_code, r.level,
           count(*) as applicable_systems,
           count(*) filter (where r.status = 'met') as met_systems,
           count(*) filter (where r.status = 'unmet') as unmet_systems,
           count(*) filter (where r.status = 'unknown') as unknown_systems
    from system_requirements r
    join latest l using (agency_code, period)
    group by all
)

select * from final order by agency_code, requirement_code, level
