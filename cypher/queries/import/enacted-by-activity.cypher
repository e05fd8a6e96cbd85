// Row lookups are `USING INDEX` + `IN [value]`: a seek per row whatever the statistics say (with `{id: value}` 3.1 can
// plan an index scan per row when the index's sample lags the label's count; see docs/engineering-notes.md).
UNWIND $rows AS row
MATCH (a:Function)
USING INDEX a:Function(id)
WHERE a.id IN [row.fromId]
MATCH (b:Activity)
USING INDEX b:Activity(id)
WHERE b.id IN [row.toId]
CREATE (a)-[:ENACTED_BY {ordinal: row.ordinal}]->(b)
