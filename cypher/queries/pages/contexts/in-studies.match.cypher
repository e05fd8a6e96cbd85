// The Context nodes of the studies $studyIds (an index seek) that the filters match.
MATCH (x:Context:StudyPart)
USING INDEX x:StudyPart(studyId)
WHERE x.studyId IN $studyIds AND toLower(x.description) CONTAINS toLower($textContains)
