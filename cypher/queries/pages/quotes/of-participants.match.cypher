// The Quote nodes of the given participants, found from the participants' unique index, bound as x. QueryCatalog adds
// the filters a request gives (this folder's <parameter>.filter.cypher, joined by AND) and then a tail; a filter left
// null is not in the query.
MATCH (p:Participant)
USING INDEX p:Participant(id)
WHERE p.id IN $participantIds
MATCH (p)<-[:SPOKEN_BY]-(x:Quote)
