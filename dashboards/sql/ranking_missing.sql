-- The group's expected reporters with no figures at all in a month: no report of their own and
-- none earlier to carry forward (those carried forward are in the ranking, marked).
select s.period, s.agency_code, n.name as agency_name
from submission_status as s
left join agency_latest as l on l.agency_code = s.agency_code and l.period = s.period
left join agency_names as n on n.agency_code = s.agency_code
    and (n.valid_from is null or n.valid_from <= s.period)
    and (n.valid_to is null or n.valid_to >= s.period)
where s.agency_group = $agency_group and s.status = 'missing' and l.agency_code is null
order by s.period, s.agency_code
