-- Each agency's reporting record per month: on time, late, missing or not yet due.
select agency_code, period, status, days_late, cast(deadline_date as varchar) as deadline_date,
       cast(report_date as varchar) as report_date, report_file, report_form,
       is_quarterly_report, is_report_date_missing
from submission_status
where $agency is null or agency_code = $agency
order by agency_code, period
