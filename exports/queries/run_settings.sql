-- The run's settings the exports explain: the composite weights and when a carried-forward report is stale.
select
  approval_weight,
  implementation_weight,
  stale_after_months
from settings
