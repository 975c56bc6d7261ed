-- One row per agency with figures in the month $period (its own report or carried forward), with its
-- ranks within its group and the change against its ranks of the month before (positive = moved up).
with latest as (
  select * from agency_latest
),

current_month as (
  select * from latest where period = $period
),

previous_month as (
  select * from latest
  where period = strftime(cast($period || '-01' as date) - interval 1 month, '%Y-%m')
),

final as (
  select
    c.agency_code,
    c.agency_name,
    c.agency_group,
    c.report_period,
    c.is_carried_forward,
    c.is_stale,
    c.total_systems,
    c.approved_systems,
    c.implemented_systems,
    c.approval_rate,
    c.implementation_rate,
    c.composite_score,
    c.approval_rank,
    c.implementation_rank,
    c.composite_rank,
    p.approval_rank - c.approval_rank as approval_rank_change,
    p.implementation_rank - c.implementation_rank as implementation_rank_change,
    p.composite_rank - c.composite_rank as composite_rank_change
  from current_month as c
  left join previous_month as p using (agency_code)
)

select * from final
order by agency_group, agency_code
