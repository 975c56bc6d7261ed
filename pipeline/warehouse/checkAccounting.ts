import type { DuckDBConnection } from "@duckdb/node-api";

/**
 * Every file's rows accounted for, on every run: rows read = rows loaded + rows set aside, and each
 * of those counts is the number of rows actually in the source tables for that file. A mismatch
 * means a figure would be lost or invented, so the run fails and the previous warehouse stays.
 */
export async function checkAccounting(connection: DuckDBConnection): Promise<void> {
  const reader = await connection.runAndReadAll(`
    with loaded as (
      select file, count(*) as n from source_systems group by file
      union all
      select file, count(*) from source_submissions where form = 'BM-02' group by file
    ),
    loaded_per_file as (select file, sum(n) as n from loaded group by file),
    set_aside as (select file, count(*) as n from source_rejected_rows group by file),
    files as (
      select f.file, f.status, f.rows_read, f.rows_loaded, f.rows_set_aside,
        coalesce(l.n, 0) as rows_in_tables, coalesce(a.n, 0) as set_aside_in_tables
      from source_files as f
      left join loaded_per_file as l using (file)
      left join set_aside as a using (file)
    ),
    orphans as (
      select file from loaded_per_file union select file from set_aside
      except select file from source_files where status = 'loaded'
    )
    select file, rows_read, rows_loaded, rows_set_aside, rows_in_tables, set_aside_in_tables from files
    where rows_read is distinct from rows_loaded + rows_set_aside
      or rows_loaded is distinct from rows_in_tables
      or rows_set_aside is distinct from set_aside_in_tables
    union all
    select file, null, null, null, null, null from orphans
    order by file
    limit 20`);
  const problems = reader.getRowObjectsJS();
  if (problems.length === 0) return;
  const lines = problems.map((p) => p.rows_read === null
    ? `  ${p.file}: có dòng được nạp nhưng tệp không được ghi là đã nạp`
    : `  ${p.file}: đọc ${p.rows_read} ≠ nạp ${p.rows_loaded} + để riêng ${p.rows_set_aside} (trong bảng: nạp ${p.rows_in_tables}, để riêng ${p.set_aside_in_tables})`);
  throw new Error(`Sổ sách dòng dữ liệu không khớp — kho dữ liệu cũ được giữ nguyên:\n${lines.join("\n")}`);
}
