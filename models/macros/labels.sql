-- Vietnamese wording of dates and statuses in the texts the models write (evidence, notes). As
-- macros they are expanded where a text uses them, so a CASE computes only the label it shows.
create or replace macro vn_date(d) as strftime(d, '%d/%m/%Y');

create or replace macro approval_label(status, raw) as
  case status
    when 'approved' then 'đã phê duyệt' when 'not_approved' then 'chưa phê duyệt'
    when 'under_review' then 'đang thẩm định' when 'blank' then 'bỏ trống' else 'không rõ' end
  || coalesce(' ("' || raw || '")', '');

create or replace macro implementation_label(status, raw) as
  case status
    when 'full' then 'đầy đủ' when 'partial' then 'một phần'
    when 'none' then 'chưa triển khai' when 'blank' then 'bỏ trống' else 'không rõ' end
  || coalesce(' ("' || raw || '")', '');

create or replace macro yes_no_label(answer) as
  case answer when 'yes' then 'có' when 'no' then 'không' when 'blank' then 'bỏ trống' else 'không rõ' end;
