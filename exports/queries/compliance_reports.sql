-- The agencies whose counted report for the month $period is a BM-01: one compliance workbook each.
select
  agency_code,
  agency_name,
  agency_group,
  total_systems,
  source_file,
  strftime(report_date, '%Y-%m-%d') as report_date
from agency_period
where period = $period
  and source_form = 'BM-01'
order by agency_code
