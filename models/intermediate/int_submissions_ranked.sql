-- Which report counts per agency and period: a BM-01 over any BM-02; within a form the latest
-- report date (undated = oldest), then the file later in code-point path order, then the later row.
with counts as (
  select * from int_submission_counts
),

ranked_within_form as (
  select
    *,
    row_number() over (
      partition by agency_code, period, form
      order by report_date desc nulls last, file desc, source_row desc nulls last
    ) as rank_within_form
  from counts
),

with_form_choice as (
  select
    *,
    min(form) over (partition by agency_code, period) as counted_form  -- 'BM-01' < 'BM-02'
  from ranked_within_form
),

final as (
  select
    *,
    rank_within_form = 1 and form = counted_form as is_current
  from with_form_choice
)

select * from final
