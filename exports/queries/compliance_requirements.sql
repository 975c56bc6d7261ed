-- The requirements among the month $period's gaps, numbered: compliance_gaps refers to them by
-- requirement_id, so that each long name and legal basis is read once rather than once per gap.
-- The numbering must stay the same as in compliance_gaps.
with gaps as (
  select * from system_requirements where period = $period and status <> 'met'
),

requirements as (
  select
    row_number() over (order by requirement_name, legal_basis) as requirement_id,
    requirement_name,
    legal_basis
  from (select distinct requirement_name, legal_basis from gaps)
),

final as (
  select * from requirements
)

select * from final
order by requirement_id
