// Creates one outcome of a study, last in the study's order; its references are set by the set-* statements.
MATCH (s:Study {id: $studyId})
OPTIONAL MATCH (p:StudyPart {studyId: $studyId})
WITH s, coalesce(max(p.ordinal), -1) + 1 AS ordinal
CREATE (s)-[:HAS_OUTCOME]->(n:Outcome:Finding:StudyPart {id: $id, studyId: $studyId, ordinal: ordinal})
SET n += $props
RETURN n.id AS id
