-- Per group and for the nation in the month $period: agencies with figures (of them carried forward),
-- expected reporters without any figures, and the pooled counts and rates on agency_latest (group_period).
with groups as (
  select * from group_period where period = $period
),

expected as (
  select
    s.agency_group,
    s.agency_code,
    l.agency_code is not null as has_figures
  from submission_status as s
  left join agency_latest as l
    on l.agency_code = s.agency_code
    and l.period = s.period
  where s.period = $period
),

without_figures as (
  select
    coalesce(agency_group, 'toan_quoc') as agency_group,
    count(*) filter (where not has_figures) as agencies_without_figures
  from expected
  group by grouping sets ((agency_group), ())
),

all_groups as (
  select * from (values ('bo_nganh', 1), ('dia_phuong', 2), ('toan_quoc', 3)) as t(agency_group, group_order)
),

final as (
  select
    a.agency_group,
    coalesce(g.latest_agencies, 0) as agencies_with_figures,
    coalesce(g.latest_carried_forward_agencies, 0) as carried_forward_agencies,
    coalesce(w.agencies_without_figures, 0) as agencies_without_figures,
    coalesce(g.latest_total_systems, 0) as total_systems,
    coalesce(g.latest_approved_systems, 0) as approved_systems,
    g.latest_approval_rate as approval_rate,
    coalesce(g.latest_implemented_systems, 0) as implemented_systems,
    g.latest_implementation_rate as implementation_rate,
    a.group_order
  from all_groups as a
  left join groups as g using (agency_group)
  left join without_figures as w using (agency_group)
)

select * from final
order by group_order
