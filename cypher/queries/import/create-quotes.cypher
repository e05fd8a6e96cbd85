// Row lookups are `USING INDEX` + `IN [value]`: a seek per row whatever the statistics say (with `{id: value}` 3.1 can
// plan an index scan per row when the index's sample lags the label's count; see docs/engineering-notes.md).
MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
CREATE (s)-[:HAS_QUOTE]->(q:Quote:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET q.participantId = row.participantId, q.text = row.text, q.location = row.location, q.polarity = row.polarity
WITH q, row
WHERE row.participantId IS NOT NULL
MATCH (p:Participant)
USING INDEX p:Participant(id)
WHERE p.id IN [row.participantId]
CREATE (q)-[:SPOKEN_BY]->(p)
