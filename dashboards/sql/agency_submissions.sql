-- Every report each agency sent: which counted, which were superseded.
select agency_code, period, file, sheet, source_row, form, agency_name_as_written,
       cast(report_date as varchar) as report_date, is_quarterly,
       total_systems, approved_systems, implemented_systems, status, status_reason
from submissions
where agency_code is not null and ($agency is null or agency_code = $agency)
order by agency_code, period, file, sheet, source_row
