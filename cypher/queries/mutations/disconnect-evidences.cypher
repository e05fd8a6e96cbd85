// Removes Quote -[:EVIDENCES]-> target (a no-op when there is none).
MATCH (a:Quote {id: $fromId})-[r:EVIDENCES]->(b:StudyPart {studyId: $studyId})
USING INDEX a:Quote(id)
WHERE b.id = $toId AND $toLabel IN labels(b)
DELETE r
