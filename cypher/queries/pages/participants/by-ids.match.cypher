// The Participant nodes with the given ids that the filters match; the unique id index finds them.
// The other filters left null do not filter.
MATCH (x:Participant)
USING INDEX x:Participant(id)
WHERE x.id IN $ids
  AND ($studyIds IS NULL OR x.studyId IN $studyIds)
  AND ($labels IS NULL OR toLower(x.label) IN $labels)
  AND ($sites IS NULL OR toLower(x.site) IN $sites)
