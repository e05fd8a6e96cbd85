MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
CREATE (s)-[:HAS_CONTEXT]->(c:Context:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET c.description = row.description
