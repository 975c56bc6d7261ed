-- The validated government targets (sources/targets.json), one row per target, read by the targets mart.
create or replace table target_rules (
  target_code varchar primary key,
  target_name varchar not null,
  legal_basis varchar not null,
  metric varchar not null,                      -- approval | implementation
  target_rate decimal(9, 6) not null,           -- a fraction: 1 = 100 %
  deadline_date date not null,
  projection_horizon_months integer not null    -- a projection further than this after the latest report is "không đạt"
);
