-- Who reported on time, late, not at all, per month (submission_status).
select agency_code, period, status, days_late, cast(deadline_date as varchar) as deadline_date,
       cast(report_date as varchar) as report_date, report_form, is_quarterly_report,
       is_report_date_missing
from submission_status
order by period, agency_group, agency_code
