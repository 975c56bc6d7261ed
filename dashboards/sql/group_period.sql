-- The nation and both groups per month: reported that month, and with carried-forward reports.
select agency_group, period, agencies_reporting,
       total_systems::bigint as total_systems, approved_systems::bigint as approved_systems,
       implemented_systems::bigint as implemented_systems, approval_rate, implementation_rate,
       latest_agencies, latest_carried_forward_agencies, latest_stale_agencies,
       latest_total_systems::bigint as latest_total_systems,
       latest_approved_systems::bigint as latest_approved_systems,
       latest_implemented_systems::bigint as latest_implemented_systems,
       latest_approval_rate, latest_implementation_rate
from group_period
order by period, agency_group
