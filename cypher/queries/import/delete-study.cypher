// Removes a study and every node that belongs to it (canonical domains are shared and stay).
OPTIONAL MATCH (n:StudyPart {studyId: $studyId})
DETACH DELETE n
WITH count(*) AS removed
OPTIONAL MATCH (s:Study {id: $studyId})
DETACH DELETE s
RETURN removed
