// Adds CmoConfiguration -[:INVOLVES]-> target (a no-op when it exists); a new relationship comes last in the study's order.
MATCH (a:CmoConfiguration {id: $fromId})
MATCH (b:StudyPart {studyId: $studyId})
WHERE b.id = $toId AND $toLabel IN labels(b)
OPTIONAL MATCH (:StudyPart {studyId: $studyId})-[e:INVOLVES]->()
WITH a, b, coalesce(max(e.ordinal), -1) + 1 AS ordinal
MERGE (a)-[r:INVOLVES]->(b)
ON CREATE SET r.ordinal = ordinal
