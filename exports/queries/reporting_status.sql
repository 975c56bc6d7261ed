-- Every expected reporter of the month $period: whether and when it reported, and the figures the
-- exports show for it (its own report, one carried forward, or none).
with status as (
  select * from submission_status where period = $period
),

latest as (
  select * from agency_latest where period = $period
),

names as (
  select agency_code, name
  from agency_names
  where (valid_from is null or valid_from <= $period)
    and (valid_to is null or valid_to >= $period)
  qualify row_number() over (partition by agency_code order by valid_from desc nulls last) = 1
),

final as (
  select
    s.agency_code,
    s.agency_group,
    coalesce(l.agency_name, n.name, s.agency_code) as agency_name,
    s.status,
    s.days_late,
    strftime(s.deadline_date, '%Y-%m-%d') as deadline_date,
    strftime(s.report_date, '%Y-%m-%d') as report_date,
    s.is_report_date_missing,
    l.agency_code is not null as has_figures,
    l.report_period,
    coalesce(l.is_carried_forward, false) as is_carried_forward,
    coalesce(l.is_stale, false) as is_stale
  from status as s
  left join latest as l using (agency_code)
  left join names as n using (agency_code)
)

select * from final
order by agency_group, agency_code
