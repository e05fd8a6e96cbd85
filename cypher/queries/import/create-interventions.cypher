MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
CREATE (s)-[:EVALUATES]->(i:Intervention:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET i.name = row.name, i.description = row.description
