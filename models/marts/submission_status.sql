-- Who reported on time, late or not at all, per expected reporter and month: judged by the
-- report date of the counted report against the 20th of its month (Decree 09/2019/NĐ-CP).
with months as (
  select * from int_months
),

agencies as (
  select * from agencies
),

settings as (
  select * from settings
),

counted as (
  select * from agency_period
),

ever_reported as (
  select distinct agency_code from counted
),

expected as (
  select
    a.agency_code,
    a.agency_group,
    m.period,
    m.period_start_date
  from agencies as a
  cross join months as m
  cross join settings as s
  where (a.valid_from is null or a.valid_from <= m.period)
    and (a.valid_to is null or a.valid_to >= m.period)
    and (s.expected_reporters = 'registry' or a.agency_code in (select agency_code from ever_reported))
),

judged as (
  select
    e.agency_code,
    e.agency_group,
    e.period,
    make_date(year(e.period_start_date), month(e.period_start_date), s.report_deadline_day) as deadline_date,
    c.report_date,
    c.source_file as report_file,
    c.source_form as report_form,
    c.is_quarterly as is_quarterly_report,
    -- The first two months of a quarter are not due when the quarter's last month has a quarterly report.
    exists (
      select 1 from counted as q
      where q.agency_code = e.agency_code
        and q.is_quarterly
        and month(e.period_start_date) % 3 <> 0
        and q.period = strftime(e.period_start_date + to_months(3 - ((month(e.period_start_date) - 1) % 3) - 1), '%Y-%m')
    ) as is_covered_by_quarterly,
    c.agency_code is not null as has_counted_report
  from expected as e
  cross join settings as s
  left join counted as c on c.agency_code = e.agency_code and c.period = e.period
),

final as (
  select
    agency_code,
    agency_group,
    period,
    case
      when has_counted_report and (report_date is null or report_date > deadline_date) then 'late'
      when has_counted_report then 'on_time'
      when is_covered_by_quarterly then 'not_due'
      else 'missing'
    end as status,
    case when has_counted_report and report_date > deadline_date then date_diff('day', deadline_date, report_date) end as days_late,
    deadline_date,
    report_date,
    report_file,
    report_form,
    coalesce(is_quarterly_report, false) as is_quarterly_report,
    has_counted_report and report_date is null as is_report_date_missing
  from judged
)

select * from final
order by period, agency_group, agency_code
