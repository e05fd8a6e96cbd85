// Removes a study and every node that belongs to it (canonical domains are shared and stay). The hint keeps Neo4j
// on the study-part index even when its statistics are stale (3.1 once planned this as a scan of every node).
OPTIONAL MATCH (n:StudyPart)
USING INDEX n:StudyPart(studyId)
WHERE n.studyId = $studyId
DETACH DELETE n
WITH count(*) AS removed
OPTIONAL MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
DETACH DELETE s
RETURN removed
