select file, sheet, row, reason_code, message from rejected_rows order by file, sheet, row
