-- Every rate or total stated in a submission beside what the counts support, and the difference:
-- a rate against its own row's counts (also on "Tổng cộng" rows), a total against the table's rows.
with stated as (
  select * from source_stated_figures
),

final as (
  select
    file,
    sheet,
    "row",
    form,
    agency_code,
    label,
    figure,
    case when figure like '%_rate' then 'rate' else 'count' end as figure_kind,
    basis,
    stated_text,
    stated_value,
    numerator,
    denominator,
    case
      when figure like '%_rate' and denominator > 0 then 100.0 * numerator / denominator
      when figure not like '%_rate' then numerator
    end as supported_value,
    case
      when figure like '%_rate' and denominator > 0 then stated_value - 100.0 * numerator / denominator
      when figure not like '%_rate' then stated_value - numerator
    end as difference,
    case
      when figure like '%_rate' and denominator > 0 then abs(stated_value - 100.0 * numerator / denominator) > 0.1
      when figure not like '%_rate' then stated_value <> numerator
      else false
    end as is_mismatch
  from stated
)

select * from final
order by file, sheet, "row", figure
