// The tail of every page query's count: how many nodes its match part found (bound as x). It runs, in the same
// request as the page's rows, only when the client asks for totalCount (see QueryCatalog on composed queries).
RETURN count(x) AS totalCount
