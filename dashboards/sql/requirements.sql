-- The requirements in force for the latest period, in their order, with the legal basis.
select requirement_code, any_value(requirement_name) as requirement_name,
       min(requirement_order) as requirement_order, any_value(protection_layer) as protection_layer,
       list_sort(list(distinct level)) as levels,
       any_value(legal_basis) as legal_basis
from int_period_requirement_rules
where period = (select max(period) from int_period_requirement_rules)
group by requirement_code
order by requirement_order
