-- Per agency, period and requirement in force: of the counted BM-01's systems, how many the requirement
-- applies to and how many meet it, fail it or lack the evidence, with the share met beside its counts.
with reports as (
  select * from agency_period where source_form = 'BM-01'
),

rules as (
  select * from int_period_requirement_rules
),

checks as (
  select * from system_requirements
),

requirements_in_force as (
  select
    period,
    period_end_date,
    requirement_code,
    requirement_name,
    requirement_order,
    check_kind,
    protection_layer,
    target_share,
    target_date,
    legal_basis,
    effective_from as rule_effective_from,
    effective_to as rule_effective_to,
    list(level order by level) as applicable_levels
  from rules
  group by all
),

counts as (
  select
    agency_code,
    period,
    requirement_code,
    count(*) as applicable_systems,
    count(*) filter (where status = 'met') as met_systems,
    count(*) filter (where status = 'unmet') as unmet_systems,
    count(*) filter (where status = 'unknown') as unknown_systems
  from checks
  group by agency_code, period, requirement_code
),

combined as (
  select
    r.agency_code,
    r.agency_name,
    r.agency_group,
    r.period,
    q.period_end_date,
    q.requirement_code,
    q.requirement_name,
    q.requirement_order,
    q.check_kind,
    q.protection_layer,
    q.applicable_levels,
    r.total_systems,
    coalesce(c.applicable_systems, 0) as applicable_systems,
    coalesce(c.met_systems, 0) as met_systems,
    coalesce(c.unmet_systems, 0) as unmet_systems,
    coalesce(c.unknown_systems, 0) as unknown_systems,
    q.target_share,
    q.target_date,
    q.legal_basis,
    q.rule_effective_from,
    q.rule_effective_to,
    r.source_file,
    r.submission_id
  from reports as r
  join requirements_in_force as q using (period)
  left join counts as c
    on c.agency_code = r.agency_code
    and c.period = r.period
    and c.requirement_code = q.requirement_code
),

final as (
  select
    agency_code,
    agency_name,
    agency_group,
    period,
    period_end_date,
    requirement_code,
    requirement_name,
    requirement_order,
    check_kind,
    protection_layer,
    applicable_levels,
    total_systems,
    applicable_systems,
    met_systems,
    unmet_systems,
    unknown_systems,
    share_of(met_systems, applicable_systems) as met_share,
    target_share,
    target_date,
    case when target_date is not null then period_end_date >= target_date end as is_target_due,
    case when target_share is not null and applicable_systems > 0 then met_systems >= target_share * applicable_systems end as is_target_reached,
    legal_basis,
    rule_effective_from,
    rule_effective_to,
    source_file,
    submission_id
  from combined
)

select * from final
order by period, agency_group, agency_code, requirement_order
