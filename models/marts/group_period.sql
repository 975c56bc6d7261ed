-- Pooled rates per group and for the nation, per month: on the reports of that month, and on
-- agency_latest (every agency's latest report at or before the month). Pooled = the sum of
-- numerators over the sum of denominators, never a mean of rates.
with agency_period as (
  select * from agency_period
),

agency_latest as (
  select * from agency_latest
),

reported as (
  select agency_group, period, count(*) as agencies_reporting, sum(total_systems) as total_systems,
    sum(approved_systems) as approved_systems, sum(implemented_systems) as implemented_systems
  from agency_period
  group by grouping sets ((agency_group, period), (period))
),

latest as (
  select agency_group, period, count(*) as latest_agencies,
    count(*) filter (where is_carried_forward) as latest_carried_forward_agencies,
    count(*) filter (where is_stale) as latest_stale_agencies,
    sum(total_systems) as latest_total_systems,
    sum(approved_systems) as latest_approved_systems, sum(implemented_systems) as latest_implemented_systems
  from agency_latest
  group by grouping sets ((agency_group, period), (period))
),

joined as (
  select
    coalesce(l.agency_group, r.agency_group, 'toan_quoc') as agency_group,
    coalesce(l.period, r.period) as period,
    coalesce(r.agencies_reporting, 0) as agencies_reporting,
    coalesce(r.total_systems, 0) as total_systems,
    coalesce(r.approved_systems, 0) as approved_systems,
    coalesce(r.implemented_systems, 0) as implemented_systems,
    l.latest_agencies,
    l.latest_carried_forward_agencies,
    l.latest_stale_agencies,
    l.latest_total_systems,
    l.latest_approved_systems,
    l.latest_implemented_systems
  from latest as l
  full join reported as r
    on r.period = l.period and r.agency_group is not distinct from l.agency_group
),

final as (
  select
    agency_group,
    period,
    agencies_reporting,
    total_systems,
    approved_systems,
    implemented_systems,
    share_of(approved_systems, total_systems) as approval_rate,
    share_of(implemented_systems, total_systems) as implementation_rate,
    latest_agencies,
    latest_carried_forward_agencies,
    latest_stale_agencies,
    latest_total_systems,
    latest_approved_systems,
    latest_implemented_systems,
    share_of(latest_approved_systems, latest_total_systems) as latest_approval_rate,
    share_of(latest_implemented_systems, latest_total_systems) as latest_implementation_rate
  from joined
)

select * from final
order by period, agency_group
