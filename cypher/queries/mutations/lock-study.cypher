// The first statement of every write to a part of a study. It takes the study's write lock until the transaction
// ends (setting and removing a property locks the node and leaves it as it was), so writes to one study run one
// after another and a create computes its ordinal from what the create before it committed. The whole write is
// one request, so the holder of the lock never waits for the server while others wait for the lock.
// $id is the id a create is about to use (null otherwise): when it was taken since the caller looked, the statement
// aborts the transaction by breaking the study id's uniqueness constraint on purpose (Cypher has no assertion),
// which the caller reports as a conflict. Answers whether the study exists.
OPTIONAL MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
SET s._lock = true
REMOVE s._lock
WITH s
OPTIONAL MATCH (p:StudyPart {studyId: $studyId})
USING INDEX p:StudyPart(studyId)
WHERE p.id = $id
WITH s, count(p) AS taken
FOREACH (x IN CASE WHEN s IS NOT NULL AND taken > 0 THEN [1] ELSE [] END | CREATE (:Study {id: $studyId}))
RETURN s IS NOT NULL AS found
