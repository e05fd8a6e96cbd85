// The Participant nodes that the filters match. A filter left null does not filter.
MATCH (x:Participant)
WHERE ($ids IS NULL OR x.id IN $ids)
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($labels IS NULL OR toLower(x.label) IN $labels)
  AND ($sites IS NULL OR toLower(x.site) IN $sites)
