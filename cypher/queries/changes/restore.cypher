// Puts change log entries back as they were backed up; an entry already there (same id) is left as it is. Not a
// MERGE: a MERGE cannot carry an index hint, and 3.1 plans it as a scan of the label while the label is empty or small.
UNWIND $changes AS record
WITH record.id AS id, head(collect(record)) AS change
OPTIONAL MATCH (existing:Change)
USING INDEX existing:Change(id)
WHERE existing.id IN [id]
WITH change, count(existing) AS found
FOREACH (x IN CASE WHEN found = 0 THEN [1] ELSE [] END |
  CREATE (:Change {id: change.id, studyId: change.studyId, at: change.at, actor: change.actor, action: change.action,
                   target: change.target, summary: change.summary}))
RETURN count(change) AS restored
