UNWIND $rows AS row
MATCH (i:Intervention {id: row.interventionId})
CREATE (i)-[:HAS_FUNCTION]->(f:Function:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET f.interventionId = row.interventionId, f.name = row.name, f.description = row.description
