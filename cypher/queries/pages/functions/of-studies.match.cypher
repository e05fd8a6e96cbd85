// The Function nodes of the given studies that the filters match; the study-part index finds them.
// The other filters left null do not filter.
MATCH (x:StudyPart:Function)
USING INDEX x:StudyPart(studyId)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND x.studyId IN $studyIds
  AND ($textContains IS NULL OR toLower(x.name) CONTAINS toLower($textContains))
