MATCH (s:Study {id: $studyId})
UNWIND $rows AS row
CREATE (s)-[:HAS_CONTEXT]->(c:Context:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET c.description = row.description
