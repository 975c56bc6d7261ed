-- Every stated rate or total checked against the counts; the page lists the mismatches.
select file, sheet, row, form, agency_code, label, figure, figure_kind, basis, stated_text,
       stated_value, numerator, denominator, supported_value, difference, is_mismatch
from rate_audit
where is_mismatch
order by abs(difference) desc, file, sheet, row, figure
