-- Every month from the earliest to the latest period with a loaded report.
with bounds as (
  select
    cast(min(period) || '-01' as date) as first_month,
    cast(max(period) || '-01' as date) as last_month
  from stg_source__submissions
),

final as (
  select
    strftime(month_start, '%Y-%m') as period,
    cast(month_start as date) as period_start_date,
    cast(month_start + interval 1 month - interval 1 day as date) as period_end_date
  from bounds, unnest(generate_series(bounds.first_month, bounds.last_month, interval 1 month)) as t(month_start)
  where bounds.first_month is not null
)

select * from final
