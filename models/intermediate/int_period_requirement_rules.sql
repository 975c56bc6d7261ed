-- The requirement rules in force on each reported period's last day: one row per period, requirement and level.
with submissions as (
  select * from stg_source__submissions
),

rules as (
  select * from requirement_rules
),

periods as (
  select distinct
    period,
    last_day(period_start_date) as period_end_date
  from submissions
),

final as (
  select
    p.period,
    p.period_end_date,
    r.*
  from periods as p
  join rules as r
    on r.effective_from <= p.period_end_date
    and (r.effective_to is null or r.effective_to >= p.period_end_date)
)

select * from final
