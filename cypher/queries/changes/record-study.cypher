// Appends one entry to a study's change log for a change to the study as a whole (an import, a deletion) and marks
// who changed it and when. Runs inside the transaction of the change itself, so a failed write records nothing.
CREATE (c:Change {id: $id, studyId: $studyId, at: $at, actor: $actor, action: $action, target: $target, summary: $summary})
WITH c
OPTIONAL MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN [$studyId]
FOREACH (x IN CASE WHEN s IS NULL THEN [] ELSE [s] END | SET x.updatedBy = $actor, x.updatedAt = $at)
RETURN c.id AS id
