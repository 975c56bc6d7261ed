-- One row per agency per period with a current report: counts, pooled-of-all-systems rates,
-- ranks within group and period (standard competition ranking on exact fractions), the
-- composite score, and rank changes against the agency's previous reported period.
with current_reports as (
  select * from int_submissions_ranked where is_current
),

agencies as (
  select * from agencies
),

names as (
  select * from agency_names
),

settings as (
  select * from settings
),

base as (
  select
    r.agency_code,
    n.name as agency_name,
    a.agency_group,
    r.period,
    r.form as source_form,
    r.total_systems,
    r.approved_systems,
    r.implemented_systems,
    share_of(r.approved_systems, r.total_systems) as approval_rate,
    share_of(r.implemented_systems, r.total_systems) as implementation_rate,
    r.level_counts,
    r.report_date,
    r.is_quarterly,
    r.file as source_file,
    r.submission_id
  from current_reports as r
  join agencies as a using (agency_code)
  left join names as n
    on n.agency_code = r.agency_code
    and (n.valid_from is null or n.valid_from <= r.period)
    and (n.valid_to is null or n.valid_to >= r.period)
),

scored as (
  select
    b.*,
    case when b.total_systems > 0
      then s.approval_weight * b.approved_systems / b.total_systems + s.implementation_weight * b.implemented_systems / b.total_systems
    end as composite_score,
    -- The composite numerator over total_systems, compared by cross-multiplication like the rates.
    s.approval_weight * b.approved_systems + s.implementation_weight * b.implemented_systems as composite_numerator
  from base as b
  cross join settings as s
),

-- rank = 1 + the agencies of the same group and period with a strictly higher rate (a/b > c/d ⇔ a·d > c·b).
ranks as (
  select
    b.agency_code,
    b.period,
    competition_rank(o.approved_systems, o.total_systems, b.approved_systems, b.total_systems, o.agency_code) as approval_rank,
    competition_rank(o.implemented_systems, o.total_systems, b.implemented_systems, b.total_systems, o.agency_code) as implementation_rank,
    competition_rank(o.composite_numerator, o.total_systems, b.composite_numerator, b.total_systems, o.agency_code) as composite_rank
  from scored as b
  left join scored as o
    on o.agency_group = b.agency_group
    and o.period = b.period
    and o.total_systems > 0
  group by b.agency_code, b.period, b.total_systems
),

with_previous as (
  select
    k.*,
    lag(k.period) over by_agency as previous_period,
    lag(k.approval_rank) over by_agency as previous_approval_rank,
    lag(k.implementation_rank) over by_agency as previous_implementation_rank,
    lag(k.composite_rank) over by_agency as previous_composite_rank
  from ranks as k
  window by_agency as (partition by k.agency_code order by k.period)
),

final as (
  select
    b.agency_code,
    b.agency_name,
    b.agency_group,
    b.period,
    b.source_form,
    b.total_systems,
    b.approved_systems,
    b.implemented_systems,
    b.approval_rate,
    b.implementation_rate,
    k.approval_rank,
    k.implementation_rank,
    b.composite_score,
    k.composite_rank,
    k.previous_period,
    -- Positive = moved up since the agency's previous reported period.
    k.previous_approval_rank - k.approval_rank as approval_rank_change,
    k.previous_implementation_rank - k.implementation_rank as implementation_rank_change,
    k.previous_composite_rank - k.composite_rank as composite_rank_change,
    b.level_counts[1] as level_1_systems,
    b.level_counts[2] as level_2_systems,
    b.level_counts[3] as level_3_systems,
    b.level_counts[4] as level_4_systems,
    b.level_counts[5] as level_5_systems,
    b.report_date,
    b.is_quarterly,
    b.source_file,
    b.submission_id
  from scored as b
  join with_previous as k using (agency_code, period)
)

select * from final
order by period, agency_group, agency_code
