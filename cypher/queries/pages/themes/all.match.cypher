// Every Theme node (no filter has an index to start from), bound as x. QueryCatalog adds the filters a request gives
// (this folder's <parameter>.filter.cypher, joined by AND) and then a tail; a filter left null is not in the query.
MATCH (x:Theme)
