-- When the warehouse was built: shown on every page as "số liệu đến ngày".
select cast(run_date as varchar) as run_date,
       strftime(run_started_at, '%d/%m/%Y %H:%M') as run_started_at,
       capdo_version
from run_info
