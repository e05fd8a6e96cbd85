// Removes a study and every node of it (with their relationships, cross-study links included);
// canonical domains are shared and stay.
OPTIONAL MATCH (n:StudyPart {studyId: $studyId})
USING INDEX n:StudyPart(studyId)
DETACH DELETE n
WITH count(n) AS removed
MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
DETACH DELETE s
RETURN removed
