// The ids of the quotes of participants, one row per participant, when a selection asks for nothing else of the quotes;
// the reader puts them in their study's order by the ordinals (sorting the rows here cost more than reading them).
UNWIND $ids AS parentId
MATCH (p:Participant)
USING INDEX p:Participant(id)
WHERE p.id IN [parentId]
MATCH (p)<-[:SPOKEN_BY]-(x:Quote)
RETURN parentId, collect(x.id) AS ids, collect(coalesce(x.ordinal, 0)) AS ordinals
