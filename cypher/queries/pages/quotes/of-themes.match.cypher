// The Quote nodes that evidence the given themes, found from the themes' unique index, bound as x (once each, whatever
// number of the themes a quote evidences). QueryCatalog adds the filters a request gives (this folder's
// <parameter>.filter.cypher, joined by AND) and then a tail; a filter left null is not in the query.
MATCH (t:Theme)
USING INDEX t:Theme(id)
WHERE t.id IN $themeIds
MATCH (t)<-[:EVIDENCES]-(x:Quote)
WITH DISTINCT x
