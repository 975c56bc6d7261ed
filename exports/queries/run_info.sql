-- The day the reports were read: the "data as of" date of every export.
select strftime(run_date, '%Y-%m-%d') as run_date
from run_info
