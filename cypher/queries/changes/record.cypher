// Appends one entry to a study's change log and marks who changed what and when: the part it targeted (when it
// still exists) and the study. Runs inside the transaction of the change itself, so a failed write records nothing.
// A part is found by a seek on each id index that covers part kinds (findings, quotes, participants, domains,
// interactions) rather than by reading every part of the study; `IN [..]` keeps each a seek whatever the statistics.
// A change to the study itself is recorded by record-study.
CREATE (c:Change {id: $id, studyId: $studyId, at: $at, actor: $actor, action: $action, target: $target, summary: $summary})
WITH c
OPTIONAL MATCH (f:Finding)
USING INDEX f:Finding(id)
WHERE f.id IN [$target]
OPTIONAL MATCH (q:Quote)
USING INDEX q:Quote(id)
WHERE q.id IN [$target]
OPTIONAL MATCH (p:Participant)
USING INDEX p:Participant(id)
WHERE p.id IN [$target]
OPTIONAL MATCH (d:Domain)
USING INDEX d:Domain(id)
WHERE d.id IN [$target]
OPTIONAL MATCH (i:DomainInteraction)
USING INDEX i:DomainInteraction(id)
WHERE i.id IN [$target]
FOREACH (x IN [n IN [f, q, p, d, i] WHERE n IS NOT NULL AND n.studyId = $studyId] | SET x.updatedBy = $actor, x.updatedAt = $at)
WITH c
OPTIONAL MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN [$studyId]
FOREACH (x IN CASE WHEN s IS NULL THEN [] ELSE [s] END | SET x.updatedBy = $actor, x.updatedAt = $at)
RETURN c.id AS id
