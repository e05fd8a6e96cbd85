MATCH (s:Study {id: $studyId})
UNWIND $rows AS row
CREATE (s)-[:HAS_PARTICIPANT]->(p:Participant:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET p.label = row.label, p.site = row.site, p.attributes = row.attributes
