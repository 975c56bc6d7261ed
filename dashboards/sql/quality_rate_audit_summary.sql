select count(*) as figures, count(*) filter (where is_mismatch) as mismatches from rate_audit
