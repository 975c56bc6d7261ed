-- Provinces on the 2025 boundaries for every month (earlier months pooled from predecessors).
select agency_code, agency_name, period, predecessors, predecessors_expected, predecessors_reporting,
       is_complete, total_systems, approved_systems, implemented_systems,
       approval_rate, implementation_rate, approval_rank, implementation_rank
from agency_period_restated
where agency_group = 'dia_phuong'
order by period, agency_code
