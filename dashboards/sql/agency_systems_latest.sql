-- The systems of each agency's latest counted BM-01, one row per system.
with latest as (
    select agency_code, max(period) as period
    from systems
    where is_counted and ($agency is null or agency_code = $agency)
    group by agency_code
)

select s.agency_code, s.period, s.file, s.sheet, s.row, s.system_code, s.system_name, s.operator,
       s.level, s.approval_raw, s.approval_status, s.decision_no,
       cast(s.approval_date as varchar) as approval_date, s.implementation_raw,
       s.implementation_status, cast(s.assessment_date as varchar) as assessment_date,
       s.monitored, s.national_connection, s.drill_year, s.is_approved, s.is_implemented
from systems s
join latest l using (agency_code, period)
where s.is_counted
order by s.agency_code, s.file, s.sheet, s.row
