-- What was loaded but must be reported: notes found while reading, plus those that need every
-- report at once (supersession, BM-01/BM-02 differences, implausible report dates).
with ranked as (
  select * from int_submissions_ranked
),

run as (
  select * from run_info
),

current_reports as (
  select * from ranked where is_current
),

read_notes as (
  select file, sheet, "row", "column", code, message from source_notes
),

superseded as (
  select
    old.file,
    old.sheet,
    old.source_row as "row",
    null::varchar as "column",
    'superseded' as code,
    old.agency_code || ' ' || old.period || ' ' || old.form
      || coalesce(' ngày ' || vn_date(old.report_date), ' (không ghi ngày báo cáo)')
      || ' được thay bằng ' || new.file
      || coalesce(' ngày ' || vn_date(new.report_date), ' (không ghi ngày báo cáo)') as message
  from ranked as old
  join ranked as new
    on new.agency_code = old.agency_code and new.period = old.period and new.form = old.form
    and new.rank_within_form = 1
  where old.rank_within_form > 1
),

same_report_date as (
  select distinct
    new.file,
    new.sheet,
    new.source_row as "row",
    null::varchar as "column",
    'same-report-date' as code,
    new.agency_code || ' ' || new.period || ' ' || new.form || ': ' || old.file
      || ' có cùng ngày báo cáo ' || vn_date(new.report_date)
      || '; tệp này đứng sau theo thứ tự đường dẫn nên được tính' as message
  from ranked as new
  join ranked as old
    on new.agency_code = old.agency_code and new.period = old.period and new.form = old.form
    and old.rank_within_form > 1 and old.report_date = new.report_date
  where new.rank_within_form = 1
),

undated as (
  select
    file,
    sheet,
    source_row as "row",
    null::varchar as "column",
    'undated-report' as code,
    agency_code || ' ' || period || ' ' || form
      || ': không ghi ngày báo cáo — coi là cũ hơn mọi báo cáo có ngày, không được tính' as message
  from ranked
  where report_date is null and rank_within_form > 1
),

bm01_bm02_mismatch as (
  select
    b2.file,
    b2.sheet,
    b2.source_row as "row",
    null::varchar as "column",
    'bm01-bm02-mismatch' as code,
    b2.agency_code || ' ' || b2.period || ': BM-02 ghi tổng/phê duyệt/triển khai đầy đủ '
      || b2.total_systems || '/' || b2.approved_systems || '/' || b2.implemented_systems
      || ', BM-01 trong ' || b1.file || ' có ' || b1.total_systems || '/' || b1.approved_systems
      || '/' || b1.implemented_systems || ' — dùng số liệu BM-01' as message
  from ranked as b2
  join current_reports as b1
    on b1.agency_code = b2.agency_code and b1.period = b2.period and b1.form = 'BM-01'
  where b2.form = 'BM-02'
    and (b2.total_systems, b2.approved_systems, b2.implemented_systems)
      is distinct from (b1.total_systems, b1.approved_systems, b1.implemented_systems)
),

dated_before_period as (
  select distinct
    file,
    null::varchar as sheet,
    null::integer as "row",
    null::varchar as "column",
    'dated-before-period' as code,
    'báo cáo kỳ ' || period || ' ghi ngày ' || vn_date(report_date)
      || ', trước ngày đầu kỳ — kiểm tra lại ngày báo cáo hoặc kỳ báo cáo' as message
  from ranked
  where report_date < period_start_date
),

dated_in_future as (
  select distinct
    r.file,
    null::varchar as sheet,
    null::integer as "row",
    null::varchar as "column",
    'report-date-in-future' as code,
    'báo cáo kỳ ' || r.period || ' ghi ngày ' || vn_date(r.report_date)
      || ', sau ngày xử lý ' || vn_date(run.run_date) || ' — kiểm tra lại ngày báo cáo' as message
  from ranked as r
  cross join run
  where r.report_date > run.run_date
),

final as (
  select * from read_notes
  union all select * from superseded
  union all select * from same_report_date
  union all select * from undated
  union all select * from bm01_bm02_mismatch
  union all select * from dated_before_period
  union all select * from dated_in_future
)

select * from final
order by file, code, "row" nulls first, message
