// The ids of the quotes of studies, in their study's order, when a selection asks for nothing else of the quotes.
UNWIND $ids AS parentId
MATCH (p:Study {id: parentId})
MATCH (p)-[:HAS_QUOTE]->(x:Quote)
RETURN parentId, x.id AS id
ORDER BY x.ordinal
