MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
CREATE (s)-[:HAS_OUTCOME]->(o:Outcome:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET o.description = row.description, o.valence = row.valence
