// Removes Function -[:ENACTED_BY]-> target (a no-op when there is none).
MATCH (a:Function {id: $fromId})-[r:ENACTED_BY]->(b:StudyPart {studyId: $studyId})
USING INDEX a:Function(id)
WHERE b.id = $toId AND $toLabel IN labels(b)
DELETE r
