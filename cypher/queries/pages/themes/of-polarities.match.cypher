// The Theme nodes of the given polarities, found through the polarity index, bound as x. QueryCatalog adds the filters a request gives
// (this folder's <parameter>.filter.cypher, joined by AND) and then a tail; a filter left null is not in the query.
MATCH (x:Theme)
USING INDEX x:Theme(polarity)
WHERE x.polarity IN $polarities
