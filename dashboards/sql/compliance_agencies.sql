-- The agencies of the compliance matrix: those that still exist in the latest month, each with its
-- latest counted BM-01 (and its name then); an agency merged away is no longer asked to comply.
with current_agencies as (
    select agency_code
    from agencies
    where valid_to is null or valid_to >= (select max(period) from agency_period)
)

select agency_code, any_value(agency_name) as agency_name, any_value(agency_group) as agency_group, period
from agency_requirements
where (agency_code, period) in (select agency_code, max(period) from agency_requirements group by agency_code)
  and agency_code in (select agency_code from current_agencies)
group by agency_code, period
order by agency_code
