-- Rows set aside in the BM-01 sheets an agency sent (a BM-02's rejected rows cannot be
-- attributed: such a row may name another agency or none).
with own as (
    select distinct agency_code, file, sheet
    from submissions
    where form = 'BM-01' and agency_code is not null and ($agency is null or agency_code = $agency)
)

select o.agency_code, r.file, r.sheet, r.row, r.reason_code, r.message
from rejected_rows r
join own o on o.file = r.file and o.sheet = r.sheet
order by o.agency_code, r.file, r.sheet, r.row
