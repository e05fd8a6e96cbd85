// Adds CmoConfiguration -[:INVOLVES]-> target (a no-op when it exists); a new relationship comes last in the study's order.
MATCH (a:CmoConfiguration {id: $fromId})
USING INDEX a:CmoConfiguration(id)
MATCH (b:StudyPart {studyId: $studyId})
USING INDEX b:StudyPart(studyId)
WHERE b.id = $toId AND $toLabel IN labels(b)
OPTIONAL MATCH (x:StudyPart {studyId: $studyId})-[e:INVOLVES]->()
USING INDEX x:StudyPart(studyId)
WITH a, b, coalesce(max(e.ordinal), -1) + 1 AS ordinal
MERGE (a)-[r:INVOLVES]->(b)
ON CREATE SET r.ordinal = ordinal
