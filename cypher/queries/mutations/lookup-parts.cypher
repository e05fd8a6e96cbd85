// The nodes a mutation refers to: their study and labels (none when absent). Each key is found by a seek on each id
// index that covers part kinds (findings, quotes, participants, domains, interactions), not by reading every part of
// its study; `USING INDEX` + `IN [..]` keeps each a seek whatever the statistics say (docs/engineering-notes.md).
UNWIND $keys AS key
OPTIONAL MATCH (f:Finding)
USING INDEX f:Finding(id)
WHERE f.id IN [key.id]
OPTIONAL MATCH (q:Quote)
USING INDEX q:Quote(id)
WHERE q.id IN [key.id]
OPTIONAL MATCH (p:Participant)
USING INDEX p:Participant(id)
WHERE p.id IN [key.id]
OPTIONAL MATCH (d:Domain)
USING INDEX d:Domain(id)
WHERE d.id IN [key.id]
OPTIONAL MATCH (i:DomainInteraction)
USING INDEX i:DomainInteraction(id)
WHERE i.id IN [key.id]
WITH key, [n IN [f, q, p, d, i] WHERE n IS NOT NULL AND n:StudyPart AND n.studyId = key.studyId][0] AS n
RETURN key.id AS id, n.studyId AS studyId, CASE WHEN n IS NULL THEN [] ELSE labels(n) END AS labels
