-- Every rate in the marts is share_of(numerator, denominator): a fraction of all systems (or of
-- the applicable ones), NULL when the denominator is 0 — an agency with 0 systems has no rate.
create or replace macro share_of(numerator, denominator) as
  case when denominator > 0 then numerator / denominator end;

-- Ranks compare rates as exact fractions: a/b is above c/d when a·d > c·b.
create or replace macro rate_above(a, b, c, d) as a * d > c * b;
