// Creates one activity of a study, last in the study's order; set-activity-intervention attaches it to its intervention.
MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
OPTIONAL MATCH (p:StudyPart {studyId: $studyId})
USING INDEX p:StudyPart(studyId)
WITH coalesce(max(p.ordinal), -1) + 1 AS ordinal
CREATE (n:Activity:Finding:StudyPart {id: $id, studyId: $studyId, ordinal: ordinal})
SET n += $props
RETURN n.id AS id
