-- Systems per security level, summed over the agencies of each group that reported that month.
select period, agency_group, level,
       sum(systems)::bigint as systems,
       sum(approved_systems)::bigint as approved_systems,
       sum(implemented_systems)::bigint as implemented_systems,
       count(*) filter (where approved_systems is null) as agencies_without_breakdown
from agency_levels
group by period, agency_group, level
order by period, agency_group, level
