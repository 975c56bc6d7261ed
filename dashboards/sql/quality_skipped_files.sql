select file, reason_code, message from skipped_files order by file
