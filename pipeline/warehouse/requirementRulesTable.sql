-- The requirements in force over time (sources/requirements.json), one row per rule version and level it applies to.
create or replace table requirement_rules (
  requirement_code varchar not null,
  requirement_name varchar not null,
  requirement_order integer not null,       -- position of the code in the file, for display
  check_kind varchar not null,              -- which BM-01 evidence is judged; see pipeline/config/loadRequirementRules.ts
  protection_layer integer,                 -- layer of the 4-layer model, or null
  level integer not null,
  max_months_since_assessment integer,      -- check_kind = assessment_within_months
  max_years_since_drill integer,            -- check_kind = drill_within_years (0 = the period's year)
  target_share decimal(9, 6),           -- a fraction: 1 = 100 %
  target_date date,
  effective_from date not null,
  effective_to date,                        -- inclusive; null = until further notice
  legal_basis varchar not null,
  primary key (requirement_code, effective_from, level)
);
