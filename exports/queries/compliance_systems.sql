-- Every counted BM-01 system of the month $period, with how many requirements in force apply to it and
-- how many it meets, fails or lacks the evidence for (system_requirements).
with counted_systems as (
  select * from systems where is_counted and form = 'BM-01' and period = $period
),

checks as (
  select
    file,
    sheet,
    "row",
    count(*) as applicable_requirements,
    count(*) filter (where status = 'met') as met_requirements,
    count(*) filter (where status = 'unmet') as unmet_requirements,
    count(*) filter (where status = 'unknown') as unknown_requirements
  from system_requirements
  where period = $period
  group by file, sheet, "row"
),

final as (
  select
    y.agency_code,
    y.file,
    y.sheet,
    y."row",
    y.system_code,
    y.system_name,
    y.level,
    coalesce(c.applicable_requirements, 0) as applicable_requirements,
    coalesce(c.met_requirements, 0) as met_requirements,
    coalesce(c.unmet_requirements, 0) as unmet_requirements,
    coalesce(c.unknown_requirements, 0) as unknown_requirements
  from counted_systems as y
  left join checks as c
    on c.file = y.file
    and c.sheet is not distinct from y.sheet
    and c."row" = y."row"
)

select * from final
order by agency_code, file, sheet, "row"
