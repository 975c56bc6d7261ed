-- Files that are plainly not submissions (Excel lock files, hidden and system files).
select file, reason_code, message
from source_files
where status = 'skipped'
order by file
