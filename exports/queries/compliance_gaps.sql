-- Every requirement a counted BM-01 system of the month $period does not meet or lacks the evidence for,
-- with the evidence read from the report; the rule applied is named by its code and effective date,
-- whose long name and legal basis compliance_requirements gives once.
with gaps as (
  select * from system_requirements where period = $period and status <> 'met'
),

final as (
  select
    r.agency_code,
    a.agency_name,
    r.file,
    r.sheet,
    r."row",
    r.system_code,
    r.system_name,
    r.level,
    r.requirement_order,
    r.requirement_code,
    cast(r.rule_effective_from as varchar) as rule_effective_from,
    r.status,
    r.evidence
  from gaps as r
  join agency_period as a
    on a.agency_code = r.agency_code
    and a.period = r.period
)

select * from final
order by agency_code, file, sheet, "row", requirement_order
