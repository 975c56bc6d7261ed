-- The rules applied in the month $period's gaps, by code and effective date (what compliance_gaps
-- names), with their long name and legal basis: read once rather than once per gap.
with gaps as (
  select * from system_requirements where period = $period and status <> 'met'
),

final as (
  select distinct
    requirement_code,
    cast(rule_effective_from as varchar) as rule_effective_from,
    requirement_name,
    legal_basis
  from gaps
)

select * from final
order by requirement_code, rule_effective_from
