-- The accounting of the files read: loaded, duplicate, rejected, skipped, and rows set aside.
select status, count(*) as files, sum(rows_read)::bigint as rows_read,
       sum(rows_loaded)::bigint as rows_loaded, sum(rows_set_aside)::bigint as rows_set_aside
from source_files
group by status
order by status
