// The Activity nodes of the studies $studyIds (an index seek) that the filters match.
MATCH (x:Activity:StudyPart)
USING INDEX x:StudyPart(studyId)
WHERE x.studyId IN $studyIds
  AND (toLower(x.name) CONTAINS toLower($textContains) OR toLower(coalesce(x.description, '')) CONTAINS toLower($textContains))
