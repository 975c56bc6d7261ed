-- One row per report (a BM-01 sheet, or one agency's row of a BM-02), typed.
select
  submission_id,
  file,
  sha256,
  sheet,
  form,
  agency_code,
  agency_name_as_written,
  period,
  cast(period || '-01' as date) as period_start_date,
  is_quarterly,
  cast(report_date as date) as report_date,
  source_row,
  stated_total,
  stated_approved,
  stated_implemented,
  [stated_level_1, stated_level_2, stated_level_3, stated_level_4, stated_level_5] as stated_levels
from source_submissions
