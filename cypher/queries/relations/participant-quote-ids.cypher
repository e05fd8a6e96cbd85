// The ids of the quotes of participants, in their study's order, when a selection asks for nothing else of the quotes.
UNWIND $ids AS parentId
MATCH (p:Participant {id: parentId})
MATCH (p)<-[:SPOKEN_BY]-(x:Quote)
RETURN parentId, x.id AS id
ORDER BY x.ordinal
