-- Each agency against the government targets.
select entity_code as agency_code, target_code, target_name, legal_basis, metric, target_rate,
       cast(deadline_date as varchar) as deadline_date, latest_period,
       latest_numerator::bigint as latest_numerator, latest_denominator::bigint as latest_denominator,
       latest_rate, gap_systems, gap_percentage_points, deadline_report_period, deadline_rate,
       is_met_by_deadline, reached_period, trend_pp_per_month, projected_period, status
from targets
where entity_type = 'agency' and ($agency is null or entity_code = $agency)
order by entity_code, target_code
