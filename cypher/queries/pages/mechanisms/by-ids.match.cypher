// The Mechanism nodes with the given ids, found through the unique id index, bound as x. QueryCatalog adds the filters a request gives
// (this folder's <parameter>.filter.cypher, joined by AND) and then a tail; a filter left null is not in the query.
MATCH (x:Mechanism)
USING INDEX x:Mechanism(id)
WHERE x.id IN $ids
