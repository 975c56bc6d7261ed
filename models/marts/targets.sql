-- Per agency and per group (bo_nganh, dia_phuong, toan_quoc) and target: the latest rate and the
-- gap to the target, whether it was met by the deadline, the first month it was reached, and when
-- the entity's own least-squares trend (rate over month) reaches it. A group's figures are pooled:
-- the sums of its reporting agencies' numerators over the sums of their denominators.
with reports as (
  select * from agency_period
),

rules as (
  select * from target_rules
),

run as (
  select * from run_info
),

agency_counts as (
  select
    'agency' as entity_type,
    agency_code as entity_code,
    agency_group,
    period,
    total_systems,
    approved_systems,
    implemented_systems
  from reports
),

group_counts as (
  select
    'group' as entity_type,
    agency_group as entity_code,
    agency_group,
    period,
    sum(total_systems) as total_systems,
    sum(approved_systems) as approved_systems,
    sum(implemented_systems) as implemented_systems
  from reports
  group by agency_group, period
),

nation_counts as (
  select
    'group' as entity_type,
    'toan_quoc' as entity_code,
    'toan_quoc' as agency_group,
    period,
    sum(total_systems) as total_systems,
    sum(approved_systems) as approved_systems,
    sum(implemented_systems) as implemented_systems
  from reports
  group by period
),

counts as (
  select * from agency_counts
  union all select * from group_counts
  union all select * from nation_counts
),

-- One row per entity, target and reported period.
by_target as (
  select
    c.entity_type,
    c.entity_code,
    c.agency_group,
    t.target_code,
    t.target_rate,
    c.period,
    cast(substr(c.period, 1, 4) as integer) * 12 + cast(substr(c.period, 6, 2) as integer) - 1 as month_index,
    case t.metric when 'approval' then c.approved_systems when 'implementation' then c.implemented_systems end as numerator,
    c.total_systems as denominator
  from counts as c
  cross join rules as t
),

-- "Met" is exact: the decimal target rate times a count, against a count.
series as (
  select
    * exclude (target_rate),
    denominator > 0 and numerator >= target_rate * denominator as is_target_met
  from by_target
),

latest as (
  select
    entity_type,
    entity_code,
    target_code,
    any_value(agency_group) as agency_group,
    count(*) as reported_periods,
    min(period) as first_period,
    max(period) as latest_period,
    max(month_index) as latest_month_index,
    arg_max(numerator, month_index) as latest_numerator,
    arg_max(denominator, month_index) as latest_denominator,
    arg_max(is_target_met, month_index) as is_target_met_latest
  from series
  group by entity_type, entity_code, target_code
),

reached as (
  select entity_type, entity_code, target_code, min(period) as reached_period
  from series
  where is_target_met
  group by entity_type, entity_code, target_code
),

at_deadline as (
  select
    s.entity_type,
    s.entity_code,
    s.target_code,
    max(s.period) as deadline_report_period,
    arg_max(s.numerator, s.month_index) as deadline_numerator,
    arg_max(s.denominator, s.month_index) as deadline_denominator,
    arg_max(s.is_target_met, s.month_index) as is_target_met_at_deadline
  from series as s
  join rules as t using (target_code)
  where s.period <= strftime(t.deadline_date, '%Y-%m')
  group by s.entity_type, s.entity_code, s.target_code
),

-- Month measured from the latest report (0, -1, …) keeps the fit's numbers small and exact enough;
-- the intercept is then the trend's rate at the latest report.
trend as (
  select
    s.entity_type,
    s.entity_code,
    s.target_code,
    count(*) as trend_months,
    regr_slope(s.numerator / s.denominator, s.month_index - l.latest_month_index) as slope,
    regr_intercept(s.numerator / s.denominator, s.month_index - l.latest_month_index) as intercept
  from series as s
  join latest as l using (entity_type, entity_code, target_code)
  where s.denominator > 0
  group by s.entity_type, s.entity_code, s.target_code
),

-- Months after the latest report until the trend line reaches the target, at least 1 (the
-- latest report is below target); the tolerance absorbs floating-point noise of the fit.
projection as (
  select
    tr.entity_type,
    tr.entity_code,
    tr.target_code,
    tr.trend_months,
    tr.slope,
    case when tr.trend_months >= 2 and tr.slope > 0
      then greatest(1, ceil((cast(t.target_rate as double) - tr.intercept) / tr.slope - 1e-9)) end as months_to_target
  from trend as tr
  join rules as t using (target_code)
),

names as (
  select agency_code, arg_max(agency_name, period) as agency_name
  from reports
  group by agency_code
),

joined as (
  select
    l.entity_type,
    l.entity_code,
    case
      when l.entity_type = 'agency' then n.agency_name
      when l.entity_code = 'bo_nganh' then 'Các bộ, ngành'
      when l.entity_code = 'dia_phuong' then 'Các địa phương'
      when l.entity_code = 'toan_quoc' then 'Toàn quốc'
    end as entity_name,
    l.agency_group,
    t.target_code,
    t.target_name,
    t.legal_basis,
    t.metric,
    t.target_rate,
    t.deadline_date,
    strftime(t.deadline_date, '%Y-%m') as deadline_period,
    t.projection_horizon_months,
    l.reported_periods,
    l.first_period,
    l.latest_period,
    l.latest_month_index,
    l.latest_numerator,
    l.latest_denominator,
    l.is_target_met_latest,
    d.deadline_report_period,
    d.deadline_numerator,
    d.deadline_denominator,
    d.is_target_met_at_deadline,
    r.reached_period,
    coalesce(p.trend_months, 0) as trend_months,
    p.slope,
    case when p.months_to_target <= t.projection_horizon_months then cast(p.months_to_target as integer) end as months_to_target,
    run.run_date
  from latest as l
  join rules as t using (target_code)
  cross join run
  left join names as n on l.entity_type = 'agency' and n.agency_code = l.entity_code
  left join at_deadline as d using (entity_type, entity_code, target_code)
  left join reached as r using (entity_type, entity_code, target_code)
  left join projection as p using (entity_type, entity_code, target_code)
),

final as (
  select
    entity_type,
    entity_code,
    entity_name,
    agency_group,
    target_code,
    target_name,
    legal_basis,
    metric,
    cast(target_rate as double) as target_rate,
    deadline_date,
    deadline_period,
    reported_periods,
    first_period,
    latest_period,
    latest_numerator,
    latest_denominator,
    share_of(latest_numerator, latest_denominator) as latest_rate,
    cast(greatest(0, ceil(target_rate * latest_denominator) - latest_numerator) as bigint) as gap_systems,
    case when latest_denominator > 0
      then greatest(0, 100 * (target_rate * latest_denominator - latest_numerator) / latest_denominator) end as gap_percentage_points,
    deadline_report_period,
    deadline_numerator,
    deadline_denominator,
    share_of(deadline_numerator, deadline_denominator) as deadline_rate,
    -- Judged only once the deadline has passed, on a report with systems.
    case when run_date > deadline_date and deadline_denominator > 0 then is_target_met_at_deadline end as is_met_by_deadline,
    reached_period,
    trend_months,
    case when trend_months >= 2 then 100 * slope end as trend_pp_per_month,
    projection_horizon_months,
    case when not is_target_met_latest and latest_denominator > 0 and months_to_target is not null
      then strftime(make_date((latest_month_index + months_to_target) // 12, (latest_month_index + months_to_target) % 12 + 1, 1), '%Y-%m')
    end as projected_period,
    case
      when latest_denominator = 0 then 'khong_co_httt'
      when is_target_met_latest then 'da_dat'
      when trend_months < 2 then 'chua_du_du_lieu'
      when months_to_target is not null then 'du_kien'
      else 'khong_dat'
    end as status
  from joined
)

select * from final
order by target_code, entity_type desc, agency_group, entity_code
