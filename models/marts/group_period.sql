-- Pooled rates per group and for the nation, per period: sums of numerators over sums of denominators.
with agency_period as (
  select * from agency_period
),

by_group as (
  select
    agency_group,
    period,
    count(*) as agencies_reporting,
    sum(total_systems) as total_systems,
    sum(approved_systems) as approved_systems,
    sum(implemented_systems) as implemented_systems
  from agency_period
  group by agency_group, period
),

nation as (
  select
    'toan_quoc' as agency_group,
    period,
    count(*) as agencies_reporting,
    sum(total_systems) as total_systems,
    sum(approved_systems) as approved_systems,
    sum(implemented_systems) as implemented_systems
  from agency_period
  group by period
),

final as (
  select
    agency_group,
    period,
    agencies_reporting,
    total_systems,
    approved_systems,
    implemented_systems,
    case when total_systems > 0 then approved_systems / total_systems end as approval_rate,
    case when total_systems > 0 then implemented_systems / total_systems end as implementation_rate
  from (select * from by_group union all select * from nation)
)

select * from final
order by period, agency_group
