UNWIND $rows AS row
MATCH (i:Intervention {id: row.interventionId})
CREATE (i)-[:HAS_ACTIVITY]->(a:Activity:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET a.interventionId = row.interventionId, a.name = row.name, a.description = row.description
