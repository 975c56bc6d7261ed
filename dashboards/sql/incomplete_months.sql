-- What makes a month incomplete: agencies with no report of their own that month — carried
-- forward from an earlier report (stale when too old), or with no report at all. Quarterly
-- reporters' months before the quarter's report are not due and not listed.
with status as (
    select agency_code, agency_group, period, status
    from submission_status
    where status = 'missing'
),

latest as (
    select agency_code, period, agency_name, report_period, months_since_report, is_stale
    from agency_latest
    where is_carried_forward
),

names as (
    select agency_code, name, valid_from, valid_to
    from agency_names
),

final as (
    select s.period, s.agency_code, s.agency_group,
           coalesce(l.agency_name, (
               select n.name from names n
               where n.agency_code = s.agency_code
                 and (n.valid_from is null or n.valid_from <= s.period)
                 and (n.valid_to is null or n.valid_to >= s.period)
               order by n.valid_from desc nulls last
               limit 1)) as agency_name,
           case when l.agency_code is null then 'khong_co_so_lieu'
                when l.is_stale then 'qua_cu'
                else 'chuyen_tiep' end as kind,
           l.report_period, l.months_since_report
    from status s
    left join latest l on l.agency_code = s.agency_code and l.period = s.period
)

select * from final order by period, agency_group, agency_code
