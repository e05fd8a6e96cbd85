// Row lookups are `USING INDEX` + `IN [value]`: a seek per row whatever the statistics say (with `{id: value}` 3.1 can
// plan an index scan per row when the index's sample lags the label's count; see docs/engineering-notes.md).
UNWIND $rows AS row
MATCH (child:Theme)
USING INDEX child:Theme(id)
WHERE child.id IN [row.id]
MATCH (parent:Theme)
USING INDEX parent:Theme(id)
WHERE parent.id IN [row.parentThemeId]
CREATE (child)-[:SUBTHEME_OF]->(parent)
