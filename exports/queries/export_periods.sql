-- Every month with figures (reported or carried forward), for messages about a period without data.
select distinct period
from agency_latest
order by period
