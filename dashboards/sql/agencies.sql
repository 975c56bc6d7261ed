-- Every agency of the registry with its latest name, the months it reported and the months it
-- was expected to report.
with latest_name as (
    select agency_code, name as agency_name,
           row_number() over (partition by agency_code order by coalesce(valid_from, '') desc) as rn
    from agency_names
),

reported as (
    select agency_code, min(period) as first_period, max(period) as last_period
    from agency_period
    group by agency_code
),

expected as (
    select agency_code, count(*) as expected_periods
    from submission_status
    group by agency_code
),

final as (
    select a.agency_code, n.agency_name, a.agency_group, a.valid_from, a.valid_to,
           r.first_period, r.last_period, coalesce(e.expected_periods, 0) as expected_periods
    from agencies a
    join latest_name n on n.agency_code = a.agency_code and n.rn = 1
    left join reported r on r.agency_code = a.agency_code
    left join expected e on e.agency_code = a.agency_code
    where $agency is null or a.agency_code = $agency
)

select * from final order by agency_group, agency_code
