// Row lookups are `USING INDEX` + `IN [value]`: a seek per row whatever the statistics say (with `{id: value}` 3.1 can
// plan an index scan per row when the index's sample lags the label's count; see docs/engineering-notes.md).
UNWIND $rows AS row
MATCH (i:Intervention)
USING INDEX i:Intervention(id)
WHERE i.id IN [row.interventionId]
CREATE (i)-[:HAS_FUNCTION]->(f:Function:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET f.interventionId = row.interventionId, f.name = row.name, f.description = row.description
