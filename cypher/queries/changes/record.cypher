// Appends one entry to a study's change log and marks who changed what and when: the node it targeted (when it
// still exists) and the study. Runs inside the transaction of the change itself, so a failed write records nothing.
CREATE (c:Change {id: $id, studyId: $studyId, at: $at, actor: $actor, action: $action, target: $target, summary: $summary})
WITH c
OPTIONAL MATCH (n:StudyPart {studyId: $studyId, id: $target})
USING INDEX n:StudyPart(studyId)
FOREACH (x IN CASE WHEN n IS NULL THEN [] ELSE [n] END | SET x.updatedBy = $actor, x.updatedAt = $at)
WITH c
OPTIONAL MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
FOREACH (x IN CASE WHEN s IS NULL THEN [] ELSE [s] END | SET x.updatedBy = $actor, x.updatedAt = $at)
RETURN c.id AS id
