-- The rows of files unchanged since the previous run, copied from it (attached as "previous"):
-- submissions renumbered to the ids this run gives them (reuse_map), everything else as it was.
insert into source_submissions by name
select s.* replace (s.submission_id - m.previous_first_id + m.first_id as submission_id)
from previous.source_submissions as s
join reuse_map as m using (file);

insert into source_systems by name
select y.* replace (y.submission_id - m.previous_first_id + m.first_id as submission_id)
from previous.source_systems as y
join reuse_map as m using (file);

insert into source_rejected_rows by name
select r.* from previous.source_rejected_rows as r semi join reuse_map as m using (file);

insert into source_notes by name
select n.* from previous.source_notes as n semi join reuse_map as m using (file);

insert into source_stated_figures by name
select f.* from previous.source_stated_figures as f semi join reuse_map as m using (file);
