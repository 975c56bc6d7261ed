-- materialized: view (one row per loaded system, a join of source_systems with the ranked submissions; filter by agency_code and period)
-- Every loaded BM-01 system row with its provenance, and whether its report is the one that counts.
with systems as (
  select * from stg_source__systems
),

submissions as (
  select * from int_submissions_ranked
),

final as (
  select
    s.agency_code,
    s.period,
    s.form,
    s.is_current as is_counted,
    y.*
  from systems as y
  join submissions as s using (submission_id)
)

select * from final
