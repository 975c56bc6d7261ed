select file, reason_code, message, duplicate_of from rejected_files order by file
