-- Systems per level 1–5 per agency and period with a counted report, one row per level: a BM-01's
-- counted system rows by level, or a BM-02's stated "Cấp độ 1..5" counts (approval and
-- implementation per level are not stated there, so they are NULL).
with reports as (
  select * from agency_period
),

submissions as (
  select * from int_submissions_ranked
),

counted_systems as (
  select * from systems where is_counted
),

levels as (
  select unnest(range(1, 6)) as level
),

bm01_by_level as (
  select
    agency_code,
    period,
    level,
    count(*) as systems,
    count(*) filter (where is_approved) as approved_systems,
    count(*) filter (where is_implemented) as implemented_systems
  from counted_systems
  group by agency_code, period, level
),

report_levels as (
  select
    r.agency_code,
    r.agency_name,
    r.agency_group,
    r.period,
    l.level,
    r.source_form,
    r.total_systems,
    r.submission_id
  from reports as r
  cross join levels as l
),

by_level as (
  select
    rl.agency_code,
    rl.agency_name,
    rl.agency_group,
    rl.period,
    rl.level,
    rl.source_form,
    case when rl.source_form = 'BM-01' then coalesce(b.systems, 0) else s.stated_levels[rl.level] end as systems,
    case when rl.source_form = 'BM-01' then coalesce(b.approved_systems, 0) end as approved_systems,
    case when rl.source_form = 'BM-01' then coalesce(b.implemented_systems, 0) end as implemented_systems,
    rl.total_systems
  from report_levels as rl
  left join bm01_by_level as b using (agency_code, period, level)
  left join submissions as s using (submission_id)
),

-- A BM-02's stated levels may leave some blank or not add up to its stated total.
with_completeness as (
  select
    *,
    coalesce(sum(systems) over (partition by agency_code, period), 0) as systems_with_stated_level
  from by_level
),

final as (
  select
    agency_code,
    agency_name,
    agency_group,
    period,
    level,
    source_form,
    systems,
    approved_systems,
    implemented_systems,
    total_systems,
    share_of(systems, total_systems) as share_of_systems,
    share_of(approved_systems, systems) as approval_rate,
    share_of(implemented_systems, systems) as implementation_rate,
    systems_with_stated_level,
    systems_with_stated_level = total_systems as is_breakdown_complete
  from with_completeness
)

select * from final
order by period, agency_group, agency_code, level
