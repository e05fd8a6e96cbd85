MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
CREATE (s)-[:HAS_MECHANISM]->(m:Mechanism:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET m.name = row.name, m.resource = row.resource, m.reasoning = row.reasoning
