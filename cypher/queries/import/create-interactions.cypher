// Row lookups are `USING INDEX` + `IN [value]`: a seek per row whatever the statistics say (with `{id: value}` 3.1 can
// plan an index scan per row when the index's sample lags the label's count; see docs/engineering-notes.md).
MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
UNWIND $rows AS row
MATCH (a:Domain)
USING INDEX a:Domain(id)
WHERE a.id IN [row.fromDomainId]
MATCH (b:Domain)
USING INDEX b:Domain(id)
WHERE b.id IN [row.toDomainId]
CREATE (s)-[:STATES]->(i:DomainInteraction:StudyPart {id: row.id, studyId: $studyId, ordinal: row.ordinal})
SET i.fromDomainId = row.fromDomainId, i.toDomainId = row.toDomainId, i.kind = row.kind, i.description = row.description
CREATE (i)-[:FROM_DOMAIN]->(a)
CREATE (i)-[:TO_DOMAIN]->(b)
