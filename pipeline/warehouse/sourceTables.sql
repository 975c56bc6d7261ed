-- What ingestion loads, as read: one table per kind of record. Models in models/ derive everything else.
create table run_info (
  run_started_at timestamp,
  run_date date,          -- "the day the reports are read": report dates after it get a note
  sources_dir varchar,
  capdo_version varchar,
  reader_fingerprint varchar  -- what parsed the files (reader code, reference lists, aliases, limits): a re-run reuses rows only under the same
);

create table agencies (
  agency_code varchar primary key,
  agency_group varchar not null,  -- bo_nganh | dia_phuong
  kind varchar,
  valid_from varchar,             -- first month YYYY-MM, null = always
  valid_to varchar,               -- last month YYYY-MM, null = still exists
  successor varchar,
  predecessors varchar[]
);

create table agency_names (
  agency_code varchar not null,
  name varchar not null,
  valid_from varchar,
  valid_to varchar
);

create table source_files (
  file varchar primary key,       -- path relative to --sources, "/" separators
  sha256 varchar,
  bytes bigint,
  status varchar not null,        -- loaded | rejected | skipped | duplicate
  duplicate_of varchar,
  reason_code varchar,
  message varchar,
  rows_read integer,
  rows_loaded integer,
  rows_set_aside integer
);

-- What the file system said of each hashed file (fileStatKey: device, inode, size, change times), so
-- that the next run can take the SHA-256 of a file whose key is unchanged without reading it again.
-- A file changed moments before it was hashed has no row. Not provenance: source_files holds that.
create table source_file_stats (
  file varchar primary key,
  sha256 varchar not null,
  stat_key varchar not null
);

create table source_submissions (
  submission_id integer primary key,
  file varchar not null,
  sha256 varchar not null,
  sheet varchar,
  form varchar not null,          -- BM-01 | BM-02
  agency_code varchar not null,
  agency_name_as_written varchar,
  period varchar not null,        -- YYYY-MM
  is_quarterly boolean not null,
  report_date varchar,            -- YYYY-MM-DD or null
  source_row integer,             -- BM-02 row
  stated_total integer,
  stated_approved integer,
  stated_implemented integer,
  stated_level_1 integer,
  stated_level_2 integer,
  stated_level_3 integer,
  stated_level_4 integer,
  stated_level_5 integer
);

create table source_systems (
  submission_id integer not null,
  file varchar not null,
  sha256 varchar not null,
  sheet varchar,
  "row" integer not null,
  system_code varchar,
  system_name varchar not null,
  operator varchar,
  level integer not null,
  approval_raw varchar,
  approval_status varchar not null,        -- approved | not_approved | under_review | blank | unknown
  decision_no varchar,
  approval_date varchar,
  implementation_raw varchar,
  implementation_status varchar not null,  -- full | partial | none | blank | unknown
  assessment_date varchar,
  monitored varchar not null,              -- yes | no | blank | unknown
  national_connection varchar not null,
  drill_year integer,
  remark varchar
);

create table source_rejected_rows (
  file varchar not null,
  sheet varchar,
  "row" integer not null,
  reason_code varchar not null,
  message varchar not null
);

create table source_notes (
  file varchar not null,
  sheet varchar,
  "row" integer,
  "column" varchar,
  code varchar not null,
  message varchar not null
);

create table source_stated_figures (
  file varchar not null,
  sheet varchar,
  "row" integer not null,
  form varchar not null,
  agency_code varchar,            -- null on a totals row of a consolidated BM-02
  label varchar,
  figure varchar not null,        -- approval_rate | implementation_rate | total_systems | approved_systems | implemented_systems
  stated_text varchar,
  stated_value double not null,   -- percent for rates, a count for totals
  numerator integer,
  denominator integer,
  basis varchar not null          -- row_counts | table_rows
);
