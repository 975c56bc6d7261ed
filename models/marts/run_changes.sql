-- What this run changed against the previous run's warehouse: per agency and period, each figure
-- that moved, from what to what, and the report that moved it. Empty on a first run.
with current_figures as (
  select * from agency_period
),

previous_figures as (
  select * from previous_agency_period
),

previous_run as (
  select * from previous_run
),

joined as (
  select
    coalesce(c.agency_code, p.agency_code) as agency_code,
    coalesce(c.period, p.period) as period,
    case when p.agency_code is null then 'added' when c.agency_code is null then 'removed' else 'changed' end as change_kind,
    c.source_form as current_source_form,
    c.source_file as current_source_file,
    c.report_date as current_report_date,
    p.source_form as previous_source_form,
    p.source_file as previous_source_file,
    cast(p.report_date as date) as previous_report_date,
    [
      {'figure': 'total_systems', 'previous_value': p.total_systems, 'current_value': c.total_systems},
      {'figure': 'approved_systems', 'previous_value': p.approved_systems, 'current_value': c.approved_systems},
      {'figure': 'implemented_systems', 'previous_value': p.implemented_systems, 'current_value': c.implemented_systems},
      {'figure': 'approval_rank', 'previous_value': p.approval_rank, 'current_value': c.approval_rank},
      {'figure': 'implementation_rank', 'previous_value': p.implementation_rank, 'current_value': c.implementation_rank}
    ] as figures
  from current_figures as c
  full join previous_figures as p using (agency_code, period)
),

unpivoted as (
  select
    agency_code,
    period,
    change_kind,
    unnest(figures, recursive := true),
    current_source_form,
    current_source_file,
    current_report_date,
    previous_source_form,
    previous_source_file,
    previous_report_date
  from joined
),

final as (
  select
    agency_code,
    period,
    figure,
    previous_value,
    current_value,
    current_value - previous_value as difference,
    change_kind,
    current_source_file,
    current_source_form,
    current_report_date,
    previous_source_file,
    previous_source_form,
    previous_report_date
  from unpivoted
  where previous_value is distinct from current_value
    and exists (select 1 from previous_run)
)

select * from final
order by period, agency_code, figure
