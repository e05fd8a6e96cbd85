// Creates one theme of a study, last in the study's order; its references are set by the set-* statements.
MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
OPTIONAL MATCH (p:StudyPart {studyId: $studyId})
USING INDEX p:StudyPart(studyId)
WITH s, coalesce(max(p.ordinal), -1) + 1 AS ordinal
CREATE (s)-[:REPORTS]->(n:Theme:Finding:StudyPart {id: $id, studyId: $studyId, ordinal: ordinal})
SET n += $props
RETURN n.id AS id
