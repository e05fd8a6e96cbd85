// The ids of the quotes of studies, one row per study, when a selection asks for nothing else of the quotes; the reader
// puts them in their study's order by the ordinals (sorting the rows here cost more than reading them).
UNWIND $ids AS parentId
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [parentId]
MATCH (p)-[:HAS_QUOTE]->(x:Quote)
RETURN parentId, collect(x.id) AS ids, collect(coalesce(x.ordinal, 0)) AS ordinals
