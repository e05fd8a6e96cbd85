// Creates the links whose two ends exist and returns their ids; the others are reported by the caller.
// Row lookups are `USING INDEX` + `IN [value]`: a seek per row whatever the statistics say (with `{id: value}` 3.1 can
// plan an index scan per row when the index's sample lags the label's count; see docs/engineering-notes.md).
UNWIND $rows AS row
MATCH (a:Finding)
USING INDEX a:Finding(id)
WHERE a.id IN [row.fromId]
MATCH (b:Finding)
USING INDEX b:Finding(id)
WHERE b.id IN [row.toId]
CREATE (a)-[l:LINKS_TO {id: row.id}]->(b)
SET l.relation = row.relation, l.rationale = row.rationale, l.author = row.author, l.createdAt = row.createdAt
RETURN row.id AS id
