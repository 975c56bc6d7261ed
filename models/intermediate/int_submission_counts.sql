-- Each report's counts: a BM-01's from its system rows, a BM-02's as stated.
with systems as (
  select * from stg_source__systems
),

submissions as (
  select * from stg_source__submissions
),

bm01_counts as (
  select
    submission_id,
    count(*) as total_systems,
    count(*) filter (where is_approved) as approved_systems,
    count(*) filter (where is_implemented) as implemented_systems,
    [count(*) filter (where level = 1), count(*) filter (where level = 2), count(*) filter (where level = 3),
     count(*) filter (where level = 4), count(*) filter (where level = 5)] as level_counts
  from systems
  group by submission_id
),

final as (
  select
    s.*,
    case when s.form = 'BM-01' then coalesce(c.total_systems, 0) else s.stated_total end as total_systems,
    case when s.form = 'BM-01' then coalesce(c.approved_systems, 0) else s.stated_approved end as approved_systems,
    case when s.form = 'BM-01' then coalesce(c.implemented_systems, 0) else s.stated_implemented end as implemented_systems,
    case when s.form = 'BM-01' then coalesce(c.level_counts, [0, 0, 0, 0, 0]) else s.stated_levels end as level_counts
  from submissions as s
  left join bm01_counts as c using (submission_id)
)

select * from final
