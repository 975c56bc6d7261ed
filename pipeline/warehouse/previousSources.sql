-- Files the previous run parsed (not duplicates, not set aside because they changed while read or
-- broke the reader), with the contiguous ids of their submissions: what a re-run may reuse.
select
  f.file,
  f.sha256,
  f.status,
  f.reason_code,
  f.message,
  f.rows_read,
  f.rows_loaded,
  f.rows_set_aside,
  coalesce(min(s.submission_id), 0) as first_submission_id,
  count(s.submission_id) as submissions,
  coalesce(max(s.submission_id) - min(s.submission_id) + 1, 0) as id_span
from source_files as f
left join source_submissions as s using (file)
where f.duplicate_of is null
  and f.sha256 is not null
  and f.status in ('loaded', 'rejected')
  and coalesce(f.reason_code, '') not in ('changed_during_run', 'unreadable_file')
group by all
