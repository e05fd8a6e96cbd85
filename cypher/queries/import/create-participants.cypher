MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
CREATE (s)-[:HAS_PARTICIPANT]->(p:Participant:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET p.label = row.label, p.site = row.site, p.attributes = row.attributes
