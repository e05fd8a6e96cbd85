// Row lookups are `USING INDEX` + `IN [value]`: a seek per row whatever the statistics say (with `{id: value}` 3.1 can
// plan an index scan per row when the index's sample lags the label's count; see docs/engineering-notes.md).
UNWIND $rows AS row
MATCH (a:CmoConfiguration)
USING INDEX a:CmoConfiguration(id)
WHERE a.id IN [row.fromId]
MATCH (b:Function)
USING INDEX b:Function(id)
WHERE b.id IN [row.toId]
CREATE (a)-[:INVOLVES {ordinal: row.ordinal}]->(b)
