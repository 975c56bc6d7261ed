-- The state of each agency in every month from its first report on: its latest counted report
-- at or before that month (carried forward while the agency exists), with the age of that report
-- and a ranking of the month that includes carried-forward agencies.
with agency_period as (
  select * from agency_period
),

months as (
  select * from int_months
),

agencies as (
  select * from agencies
),

settings as (
  select * from settings
),

first_reports as (
  select agency_code, min(period) as first_period from agency_period group by agency_code
),

agency_months as (
  select f.agency_code, m.period
  from first_reports as f
  join agencies as a using (agency_code)
  join months as m on m.period >= f.first_period
  where a.valid_to is null or m.period <= a.valid_to
),

latest as (
  select
    am.agency_code,
    am.period,
    arg_max(ap.period, ap.period) as report_period
  from agency_months as am
  join agency_period as ap on ap.agency_code = am.agency_code and ap.period <= am.period
  group by am.agency_code, am.period
),

carried as (
  select
    l.agency_code,
    ap.agency_name,
    ap.agency_group,
    l.period,
    l.report_period,
    datediff('month', cast(l.report_period || '-01' as date), cast(l.period || '-01' as date)) as months_since_report,
    ap.source_form,
    ap.source_file,
    ap.total_systems,
    ap.approved_systems,
    ap.implemented_systems,
    ap.approval_rate,
    ap.implementation_rate,
    ap.composite_score,
    s.approval_weight * ap.approved_systems + s.implementation_weight * ap.implemented_systems as composite_numerator
  from latest as l
  join agency_period as ap on ap.agency_code = l.agency_code and ap.period = l.report_period
  cross join settings as s
),

ranks as (
  select
    b.agency_code,
    b.period,
    competition_rank(o.approved_systems, o.total_systems, b.approved_systems, b.total_systems, o.agency_code) as approval_rank,
    competition_rank(o.implemented_systems, o.total_systems, b.implemented_systems, b.total_systems, o.agency_code) as implementation_rank,
    competition_rank(o.composite_numerator, o.total_systems, b.composite_numerator, b.total_systems, o.agency_code) as composite_rank
  from carried as b
  left join carried as o
    on o.agency_group = b.agency_group and o.period = b.period and o.total_systems > 0
  group by b.agency_code, b.period, b.total_systems
),

final as (
  select
    c.agency_code,
    c.agency_name,
    c.agency_group,
    c.period,
    c.report_period,
    c.months_since_report,
    c.months_since_report > 0 as is_carried_forward,
    c.months_since_report > s.stale_after_months as is_stale,
    c.source_form,
    c.source_file,
    c.total_systems,
    c.approved_systems,
    c.implemented_systems,
    c.approval_rate,
    c.implementation_rate,
    c.composite_score,
    k.approval_rank,
    k.implementation_rank,
    k.composite_rank
  from carried as c
  join ranks as k using (agency_code, period)
  cross join settings as s
)

select * from final
order by period, agency_group, agency_code
