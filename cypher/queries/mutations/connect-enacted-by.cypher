// Adds Function -[:ENACTED_BY]-> target (a no-op when it exists); a new relationship comes last in the study's order.
MATCH (a:Function {id: $fromId})
MATCH (b:StudyPart {studyId: $studyId})
WHERE b.id = $toId AND $toLabel IN labels(b)
OPTIONAL MATCH (:StudyPart {studyId: $studyId})-[e:ENACTED_BY]->()
WITH a, b, coalesce(max(e.ordinal), -1) + 1 AS ordinal
MERGE (a)-[r:ENACTED_BY]->(b)
ON CREATE SET r.ordinal = ordinal
