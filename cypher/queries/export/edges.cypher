// Every within-study relationship whose target can be of several kinds, in the order the document gave them.
MATCH (from:StudyPart {studyId: $studyId})-[r:EVIDENCES|INVOLVES|ENACTED_BY]->(to:StudyPart)
USING INDEX from:StudyPart(studyId)
RETURN type(r) AS kind, from.id AS fromId, to.id AS toId, labels(to) AS toLabels, r.ordinal AS ordinal
ORDER BY kind, ordinal
