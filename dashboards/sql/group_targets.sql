-- The government targets for the nation and each group.
select entity_code as agency_group, target_code, target_name, legal_basis, metric, target_rate,
       cast(deadline_date as varchar) as deadline_date, deadline_period, latest_period,
       latest_numerator::bigint as latest_numerator, latest_denominator::bigint as latest_denominator,
       latest_rate, gap_systems, gap_percentage_points, deadline_report_period,
       deadline_numerator::bigint as deadline_numerator, deadline_denominator::bigint as deadline_denominator,
       deadline_rate, is_met_by_deadline, reached_period, trend_pp_per_month, projected_period, status
from targets
where entity_type = 'group'
order by target_code, entity_code
