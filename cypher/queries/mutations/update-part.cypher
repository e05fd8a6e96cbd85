// Sets the given plain properties of one node of a study; a null value removes the property.
MATCH (n:StudyPart {studyId: $studyId})
USING INDEX n:StudyPart(studyId)
WHERE n.id = $id AND $label IN labels(n)
SET n += $props
