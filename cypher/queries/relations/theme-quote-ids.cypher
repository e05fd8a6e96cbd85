// The ids of the quotes of themes, one row per theme, when a selection asks for nothing else of the quotes; the reader
// puts them in their study's order by the ordinals (sorting the rows here cost more than reading them).
// Only quotes evidence anything (every writer starts EVIDENCES at a :Quote): the label is not checked (a quarter of the db hits).
UNWIND $ids AS parentId
MATCH (p:Theme)
USING INDEX p:Theme(id)
WHERE p.id IN [parentId]
MATCH (p)<-[:EVIDENCES]-(x)
RETURN parentId, collect(x.id) AS ids, collect(coalesce(x.ordinal, 0)) AS ordinals
