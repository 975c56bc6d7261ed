-- Notes on each agency's own reports: the BM-01 sheets it sent, its rows of a BM-02.
with own as (
    select distinct agency_code, file, sheet, form, source_row
    from submissions
    where agency_code is not null and ($agency is null or agency_code = $agency)
)

select distinct o.agency_code, n.file, n.sheet, n.row, n."column", n.code, n.message
from notes n
join own o on o.file = n.file
    and ((o.form = 'BM-01' and (n.sheet is null or n.sheet = o.sheet))
      or (o.form = 'BM-02' and n.sheet = o.sheet and n.row = o.source_row))
order by o.agency_code, n.file, n.sheet, n.row, n.code
