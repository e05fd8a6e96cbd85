// The nodes a mutation refers to, looked up through the study index: their study and labels (none when absent).
UNWIND $keys AS key
OPTIONAL MATCH (n:StudyPart {studyId: key.studyId})
USING INDEX n:StudyPart(studyId)
WHERE n.id = key.id
RETURN key.id AS id, n.studyId AS studyId, CASE WHEN n IS NULL THEN [] ELSE labels(n) END AS labels
