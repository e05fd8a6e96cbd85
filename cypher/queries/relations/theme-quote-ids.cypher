// The ids of the quotes of themes, in their study's order, when a selection asks for nothing else of the quotes.
UNWIND $ids AS parentId
MATCH (p:Theme {id: parentId})
MATCH (p)<-[:EVIDENCES]-(x:Quote)
RETURN parentId, x.id AS id
ORDER BY x.ordinal
