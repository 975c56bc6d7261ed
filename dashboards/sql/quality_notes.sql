select file, sheet, row, "column", code, message from notes order by file, sheet, row, code
