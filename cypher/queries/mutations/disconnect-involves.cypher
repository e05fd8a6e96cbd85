// Removes CmoConfiguration -[:INVOLVES]-> target (a no-op when there is none).
MATCH (a:CmoConfiguration {id: $fromId})-[r:INVOLVES]->(b:StudyPart {studyId: $studyId})
USING INDEX a:CmoConfiguration(id)
WHERE b.id = $toId AND $toLabel IN labels(b)
DELETE r
