-- One group's ranking for every month, ranked as the official annex ranks it
-- (exports/queries/ranking_rows.sql): every agency with figures that month — its own report, or its
-- latest one carried forward (agency_latest) — its ranks within the group, and the change against
-- its ranks of the month before (positive = moved up).
with latest as (
    select * from agency_latest where agency_group = $agency_group
),

final as (
    select c.agency_code, c.agency_name, c.period, c.report_period, c.is_carried_forward, c.is_stale,
           c.total_systems, c.approved_systems, c.implemented_systems,
           c.approval_rate, c.implementation_rate, c.composite_score,
           c.approval_rank, c.implementation_rank, c.composite_rank,
           p.approval_rank - c.approval_rank as approval_rank_change,
           p.implementation_rank - c.implementation_rank as implementation_rank_change,
           p.composite_rank - c.composite_rank as composite_rank_change
    from latest as c
    left join latest as p
        on p.agency_code = c.agency_code
        and p.period = strftime(cast(c.period || '-01' as date) - interval 1 month, '%Y-%m')
)

select * from final order by period, agency_code
