// Removes up to $limit nodes of a study, so that replacing a large study never asks Neo4j for one huge delete.
// Run until it removes fewer than $limit; delete-study then removes the rest and the study itself.
MATCH (n:StudyPart)
USING INDEX n:StudyPart(studyId)
WHERE n.studyId = $studyId
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS removed
