-- Rates and totals an agency stated that its own counts do not support.
select agency_code, file, sheet, row, form, label, figure, figure_kind, basis, stated_text,
       stated_value, numerator, denominator, supported_value, difference
from rate_audit
where is_mismatch and agency_code is not null and ($agency is null or agency_code = $agency)
order by agency_code, file, sheet, row, figure
