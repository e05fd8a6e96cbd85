// Row lookups are `USING INDEX` + `IN [value]`: a seek per row whatever the statistics say (with `{id: value}` 3.1 can
// plan an index scan per row when the index's sample lags the label's count; see docs/engineering-notes.md).
MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
MATCH (d:Domain)
USING INDEX d:Domain(id)
WHERE d.id IN [row.domainId]
CREATE (s)-[:REPORTS]->(t:Theme:Finding:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})-[:IN_DOMAIN]->(d)
SET t.domainId = row.domainId, t.parentThemeId = row.parentThemeId, t.code = row.code, t.name = row.name, t.summary = row.summary, t.polarity = row.polarity
