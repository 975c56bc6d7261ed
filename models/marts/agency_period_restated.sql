-- History on the 2025 boundaries: one row per agency of the 2025 structure per period with at
-- least one report behind it. Before the agency's formation, the pooled counts of its predecessors
-- that reported; from its formation on, its own agency_period row. Ranks within group and period on
-- the restated set (standard competition ranking on exact fractions); rows missing a predecessor
-- are shown but not ranked.
with reported as (
  select * from agency_period
),

agencies as (
  select * from agencies
),

names as (
  select * from agency_names
),

-- The 2025 structure: every agency that still exists (the 34 provinces, the 22 ministries and agencies).
structure_2025 as (
  select
    agency_code,
    agency_group,
    valid_from
  from agencies
  where valid_to is null
),

-- Its current name: the latest name version (T46 keeps its code but is "Thành phố Huế").
current_names as (
  select
    n.agency_code,
    arg_max(n.name, coalesce(n.valid_from, '')) as agency_name
  from names as n
  join structure_2025 as s using (agency_code)
  where n.valid_to is null
  group by n.agency_code
),

-- Each agency's place in the 2025 structure: its successor, or itself when it continues (by code,
-- never by official province code: 15, 24, 44, 52, 80, 82 and 91 changed hands).
memberships as (
  select
    coalesce(a.successor, a.agency_code) as agency_code,
    a.agency_code as member_code,
    a.valid_from as member_valid_from,
    a.valid_to as member_valid_to
  from agencies as a
  where a.successor is not null or a.valid_to is null
),

-- The first month under the new boundaries: a new agency's valid_from; for one that absorbed others
-- under its own code (BTC, BQP, ...), the month after the last month of those it absorbed; NULL for an
-- agency that never changed (its history is its own rows).
formations as (
  select
    s.agency_code,
    s.agency_group,
    coalesce(
      s.valid_from,
      strftime(max(strptime(m.member_valid_to, '%Y-%m')) + interval 1 month, '%Y-%m')
    ) as formed_in
  from structure_2025 as s
  left join memberships as m
    on m.agency_code = s.agency_code
    and m.member_code <> s.agency_code
  group by s.agency_code, s.agency_group, s.valid_from
),

-- The reports behind each restated row: before formation those of its members, from formation on its own.
member_reports as (
  select
    f.agency_code,
    f.formed_in,
    p.period,
    p.agency_code as member_code,
    p.total_systems,
    p.approved_systems,
    p.implemented_systems
  from formations as f
  join memberships as m on m.agency_code = f.agency_code
  join reported as p on p.agency_code = m.member_code
  where f.formed_in is null or p.period < f.formed_in

  union all

  select
    f.agency_code,
    f.formed_in,
    p.period,
    p.agency_code as member_code,
    p.total_systems,
    p.approved_systems,
    p.implemented_systems
  from formations as f
  join reported as p on p.agency_code = f.agency_code
  where p.period >= f.formed_in
),

pooled as (
  select
    agency_code,
    formed_in,
    period,
    string_agg(member_code, ' ' order by member_code) as predecessors,
    count(*) as predecessors_reporting,
    cast(sum(total_systems) as bigint) as total_systems,
    cast(sum(approved_systems) as bigint) as approved_systems,
    cast(sum(implemented_systems) as bigint) as implemented_systems
  from member_reports
  group by agency_code, formed_in, period
),

-- How many reports a complete row has: the members that existed that month before formation, 1 after.
expected_counts as (
  select
    p.agency_code,
    p.period,
    case
      when p.formed_in is not null and p.period >= p.formed_in then 1
      else count(m.member_code)
    end as predecessors_expected
  from pooled as p
  left join memberships as m
    on m.agency_code = p.agency_code
    and (m.member_valid_from is null or m.member_valid_from <= p.period)
    and (m.member_valid_to is null or m.member_valid_to >= p.period)
  group by p.agency_code, p.formed_in, p.period
),

restated as (
  select
    p.agency_code,
    f.agency_group,
    p.period,
    p.predecessors,
    e.predecessors_expected,
    p.predecessors_reporting,
    p.predecessors_reporting = e.predecessors_expected as is_complete,
    p.total_systems,
    p.approved_systems,
    p.implemented_systems
  from pooled as p
  join formations as f using (agency_code)
  join expected_counts as e using (agency_code, period)
),

-- rank = 1 + the complete rows of the same group and period with a strictly higher rate (a/b > c/d ⇔ a·d > c·b).
ranks as (
  select
    r.agency_code,
    r.period,
    case when r.is_complete then competition_rank(o.approved_systems, o.total_systems, r.approved_systems, r.total_systems, o.agency_code) end as approval_rank,
    case when r.is_complete then competition_rank(o.implemented_systems, o.total_systems, r.implemented_systems, r.total_systems, o.agency_code) end as implementation_rank
  from restated as r
  left join restated as o
    on o.agency_group = r.agency_group
    and o.period = r.period
    and o.is_complete
    and o.total_systems > 0
  group by r.agency_code, r.period, r.is_complete, r.total_systems, r.approved_systems, r.implemented_systems
),

final as (
  select
    r.agency_code,
    n.agency_name,
    r.agency_group,
    r.period,
    r.predecessors,
    r.predecessors_expected,
    r.predecessors_reporting,
    r.is_complete,
    r.total_systems,
    r.approved_systems,
    r.implemented_systems,
    share_of(r.approved_systems, r.total_systems) as approval_rate,
    share_of(r.implemented_systems, r.total_systems) as implementation_rate,
    k.approval_rank,
    k.implementation_rank
  from restated as r
  join ranks as k using (agency_code, period)
  left join current_names as n using (agency_code)
)

select * from final
order by period, agency_group, agency_code
