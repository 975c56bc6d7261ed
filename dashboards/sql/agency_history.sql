-- Each agency month by month, as the rankings see it (agency_latest: its own report, or its latest
-- one carried forward): counts, rates, ranks within its group and the change against the month
-- before, with the form, date and levels of the report the figures come from.
with latest as (
    select * from agency_latest where $agency is null or agency_code = $agency
),

final as (
    select c.agency_code, c.agency_name, c.agency_group, c.period, c.report_period,
           c.is_carried_forward, c.is_stale, c.months_since_report,
           c.total_systems, c.approved_systems, c.implemented_systems,
           c.approval_rate, c.implementation_rate, c.composite_score,
           c.approval_rank, c.implementation_rank, c.composite_rank,
           p.approval_rank - c.approval_rank as approval_rank_change,
           p.implementation_rank - c.implementation_rank as implementation_rank_change,
           p.composite_rank - c.composite_rank as composite_rank_change,
           r.source_form, cast(r.report_date as varchar) as report_date, r.is_quarterly,
           r.level_1_systems, r.level_2_systems, r.level_3_systems, r.level_4_systems, r.level_5_systems
    from latest as c
    left join latest as p
        on p.agency_code = c.agency_code
        and p.period = strftime(cast(c.period || '-01' as date) - interval 1 month, '%Y-%m')
    left join agency_period as r on r.agency_code = c.agency_code and r.period = c.report_period
)

select * from final order by agency_code, period
