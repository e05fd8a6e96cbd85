// Creates one activity of a study, last in the study's order; set-activity-intervention attaches it to its intervention.
MATCH (:Study {id: $studyId})
OPTIONAL MATCH (p:StudyPart {studyId: $studyId})
WITH coalesce(max(p.ordinal), -1) + 1 AS ordinal
CREATE (n:Activity:Finding:StudyPart {id: $id, studyId: $studyId, ordinal: ordinal})
SET n += $props
RETURN n.id AS id
