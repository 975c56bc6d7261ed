-- Files set aside whole, with the reason (every copy of a rejected file is rejected).
select file, reason_code, message, sha256, duplicate_of
from source_files
where status = 'rejected'
order by file
