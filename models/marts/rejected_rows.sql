-- Data rows not counted, with the reason. Rows of a superseded BM-01 stay in history
-- (source_rejected_rows) but are neither counted nor set aside.
with rejected as (
  select * from source_rejected_rows
),

superseded_bm01_sheets as (
  select distinct file, sheet
  from int_submissions_ranked
  where form = 'BM-01' and not is_current
),

final as (
  select r.file, r.sheet, r."row", r.reason_code, r.message
  from rejected as r
  anti join superseded_bm01_sheets as s
    on s.file = r.file and s.sheet is not distinct from r.sheet
)

select * from final
order by file, sheet, "row"
