-- materialized: view (≈ 370k rows × 45 columns at national scale cost more to write than to compute when read; filter by agency_code and period)
-- One row per counted BM-01 system and requirement in force on the period's last day for its level:
-- met, unmet or unknown (the evidence is missing), with the evidence and the legal basis.
with counted_systems as (
  select * from systems where is_counted
),

rules as (
  select * from int_period_requirement_rules
),

applicable as (
  select
    y.agency_code,
    y.period,
    r.period_end_date,
    y.submission_id,
    y.file,
    y.sheet,
    y."row",
    y.system_code,
    y.system_name,
    y.level,
    y.approval_raw,
    y.approval_status,
    y.decision_no,
    y.approval_date,
    y.implementation_raw,
    y.implementation_status,
    y.is_implemented,
    y.assessment_date,
    y.monitored,
    y.national_connection,
    y.drill_year,
    r.requirement_code,
    r.requirement_name,
    r.requirement_order,
    r.check_kind,
    r.protection_layer,
    r.max_months_since_assessment,
    r.max_years_since_drill,
    r.legal_basis,
    r.effective_from as rule_effective_from,
    r.effective_to as rule_effective_to
  from counted_systems as y
  join rules as r
    on r.period = y.period
    and r.level = y.level
),

-- The assessment's age in whole months and the days beyond them; it is within the limit while it is
-- still valid on the period's last day. An assessment dated after that day says nothing about the period.
aged as (
  select
    *,
    case when assessment_date <= period_end_date then date_sub('month', assessment_date, period_end_date) end as assessment_age_months,
    cast(assessment_date + to_months(max_months_since_assessment) as date) as assessment_valid_until,
    year(period_end_date) - drill_year as drill_age_years
  from applicable
),

measured as (
  select
    *,
    period_end_date - cast(assessment_date + to_months(assessment_age_months) as date) as assessment_age_extra_days
  from aged
),

judged as (
  select
    *,
    case check_kind
      when 'dossier_approved' then case
        when approval_status = 'approved' then 'met'
        when approval_status in ('not_approved', 'under_review') then 'unmet'
        else 'unknown' end
      when 'plan_fully_implemented' then case
        when is_implemented then 'met'
        when implementation_status in ('partial', 'none') or approval_status in ('not_approved', 'under_review') then 'unmet'
        else 'unknown' end
      when 'assessment_within_months' then case
        when assessment_age_months is null then 'unknown'
        when assessment_valid_until >= period_end_date then 'met'
        else 'unmet' end
      when 'monitored' then case monitored when 'yes' then 'met' when 'no' then 'unmet' else 'unknown' end
      when 'connected_to_national_centre' then case national_connection when 'yes' then 'met' when 'no' then 'unmet' else 'unknown' end
      when 'drill_within_years' then case
        when drill_age_years is null or drill_age_years < 0 then 'unknown'
        when drill_age_years <= max_years_since_drill then 'met'
        else 'unmet' end
    end as status
  from measured
),

final as (
  select
    agency_code,
    period,
    period_end_date,
    submission_id,
    file,
    sheet,
    "row",
    system_code,
    system_name,
    level,
    requirement_code,
    requirement_name,
    requirement_order,
    check_kind,
    protection_layer,
    status,
    case check_kind
      when 'dossier_approved' then concat_ws('; ', 'Phê duyệt HSĐXCĐ: ' || approval_label(approval_status, approval_raw),
        'số quyết định ' || decision_no, 'ngày phê duyệt ' || vn_date(approval_date))
      when 'plan_fully_implemented' then 'Triển khai phương án: ' || implementation_label(implementation_status, implementation_raw)
        || '; phê duyệt HSĐXCĐ: ' || approval_label(approval_status, approval_raw)
      when 'assessment_within_months' then case
        when assessment_date is null then 'Không có ngày kiểm tra, đánh giá gần nhất'
        when assessment_age_months is null then 'Ngày kiểm tra, đánh giá gần nhất ' || vn_date(assessment_date)
          || ' sau ngày cuối kỳ ' || vn_date(period_end_date)
        else 'Kiểm tra, đánh giá gần nhất ngày ' || vn_date(assessment_date) || ': ' || assessment_age_months || ' tháng'
          || case when assessment_age_extra_days > 0 then ' ' || assessment_age_extra_days || ' ngày' else '' end || ' tính đến ngày ' || vn_date(period_end_date) || ' (tối đa ' || max_months_since_assessment || ' tháng với cấp độ ' || level || ')' end
      when 'monitored' then 'Giám sát ATTT: ' || yes_no_label(monitored)
      when 'connected_to_national_centre' then 'Kết nối giám sát quốc gia: ' || yes_no_label(national_connection)
      when 'drill_within_years' then case
        when drill_year is null then 'Không có năm diễn tập thực chiến gần nhất'
        when drill_age_years < 0 then 'Năm diễn tập thực chiến ' || drill_year || ' sau năm của kỳ báo cáo (' || year(period_end_date) || ')'
        when max_years_since_drill = 0 then 'Diễn tập thực chiến gần nhất năm ' || drill_year || '; yêu cầu trong năm ' || year(period_end_date)
        else 'Diễn tập thực chiến gần nhất năm ' || drill_year || '; yêu cầu từ năm ' || (year(period_end_date) - max_years_since_drill) end
    end as evidence,
    case when check_kind in ('dossier_approved', 'plan_fully_implemented') then approval_status end as approval_status,
    case when check_kind = 'dossier_approved' then decision_no end as decision_no,
    case when check_kind = 'dossier_approved' then approval_date end as approval_date,
    case when check_kind = 'plan_fully_implemented' then implementation_status end as implementation_status,
    case when check_kind = 'assessment_within_months' then assessment_date end as assessment_date,
    case when check_kind = 'assessment_within_months' then assessment_age_months end as months_since_assessment,
    case when check_kind = 'assessment_within_months' and assessment_age_months is not null then period_end_date - assessment_date end as days_since_assessment,
    case when check_kind = 'assessment_within_months' then max_months_since_assessment end as max_months_since_assessment,
    case when check_kind = 'assessment_within_months' then assessment_valid_until end as assessment_valid_until,
    case when check_kind = 'monitored' then monitored end as monitored,
    case when check_kind = 'connected_to_national_centre' then national_connection end as national_connection,
    case when check_kind = 'drill_within_years' then drill_year end as drill_year,
    case when check_kind = 'drill_within_years' then drill_age_years end as years_since_drill,
    case when check_kind = 'drill_within_years' then max_years_since_drill end as max_years_since_drill,
    legal_basis,
    rule_effective_from,
    rule_effective_to
  from judged
)

select * from final
