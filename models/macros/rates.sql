-- Every rate in the marts is share_of(numerator, denominator): a fraction of all systems (or of
-- the applicable ones), NULL when the denominator is 0 — an agency with 0 systems has no rate.
create or replace macro share_of(numerator, denominator) as
  case when denominator > 0 then numerator / denominator end;

-- Ranks compare rates as exact fractions: a/b is above c/d when a·d > c·b.
create or replace macro rate_above(a, b, c, d) as a * d > c * b;

-- Standard competition ranking (1, 2, 2, 4): over a self-join `this ⟕ other` (others with systems,
-- same group and period), this row's rank is 1 + the others whose rate is strictly higher; NULL
-- when this row has no systems. Used with `group by` on this row.
create or replace macro competition_rank(other_numerator, other_total, this_numerator, this_total, other_key) as
  case when this_total > 0 then 1 + count(other_key) filter (
    where rate_above(other_numerator, other_total, this_numerator, this_total)) end;
