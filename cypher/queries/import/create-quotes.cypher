MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
CREATE (s)-[:HAS_QUOTE]->(q:Quote:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET q.participantId = row.participantId, q.text = row.text, q.location = row.location, q.polarity = row.polarity
WITH q, row
WHERE row.participantId IS NOT NULL
MATCH (p:Participant {id: row.participantId})
CREATE (q)-[:SPOKEN_BY]->(p)
