// The Theme nodes of the given domains, found from the domains' unique index, bound as x. QueryCatalog adds the filters a request gives
// (this folder's <parameter>.filter.cypher, joined by AND) and then a tail; a filter left null is not in the query.
MATCH (dx:Domain)
USING INDEX dx:Domain(id)
WHERE dx.id IN $domainIds
MATCH (dx)<-[:IN_DOMAIN]-(x:Theme)
