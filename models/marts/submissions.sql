-- Provenance of every report: its agency, period, form, report date and status
-- (current | superseded, or for whole files: duplicate | rejected).
with ranked as (
  select * from int_submissions_ranked
),

files as (
  select * from source_files
),

reports as (
  select
    submission_id,
    file,
    sha256,
    sheet,
    source_row,
    form,
    agency_code,
    agency_name_as_written,
    period,
    is_quarterly,
    report_date,
    total_systems,
    approved_systems,
    implemented_systems,
    case when is_current then 'current' else 'superseded' end as status,
    null::varchar as status_reason
  from ranked
),

whole_files as (
  select
    null::integer as submission_id,
    f.file,
    f.sha256,
    null::varchar as sheet,
    null::integer as source_row,
    null::varchar as form,
    null::varchar as agency_code,
    null::varchar as agency_name_as_written,
    null::varchar as period,
    null::boolean as is_quarterly,
    null::date as report_date,
    null::bigint as total_systems,
    null::bigint as approved_systems,
    null::bigint as implemented_systems,
    f.status,
    coalesce(f.message, 'giống hệt ' || f.duplicate_of) as status_reason
  from files as f
  where f.status in ('duplicate', 'rejected')
),

final as (
  select * from reports
  union all
  select * from whole_files
)

select * from final
