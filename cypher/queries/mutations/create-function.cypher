// Creates one function of a study, last in the study's order; set-function-intervention attaches it to its intervention.
MATCH (:Study {id: $studyId})
OPTIONAL MATCH (p:StudyPart {studyId: $studyId})
WITH coalesce(max(p.ordinal), -1) + 1 AS ordinal
CREATE (n:Function:Finding:StudyPart {id: $id, studyId: $studyId, ordinal: ordinal})
SET n += $props
RETURN n.id AS id
