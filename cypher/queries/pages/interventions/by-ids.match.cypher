// The Intervention nodes with the given ids, found through the unique id index, bound as x. QueryCatalog adds the filters a request gives
// (this folder's <parameter>.filter.cypher, joined by AND) and then a tail; a filter left null is not in the query.
MATCH (x:Intervention)
USING INDEX x:Intervention(id)
WHERE x.id IN $ids
