// One page of the themes of each domain, and how many there are in all.
// Every child of a parent is in the parent's study: the ordinal alone orders them (one property read a child, not two).
// The relationship type alone says what the child is, so the child carries no label: with one, 3.1 could plan a scan
// of that label per parent while its index samples lag (QueryPlansIT's trap).
UNWIND $ids AS parentId
MATCH (p:Domain)
USING INDEX p:Domain(id)
WHERE p.id IN [parentId]
OPTIONAL MATCH (p)<-[:IN_DOMAIN]-(x)
WITH parentId, x ORDER BY x.ordinal
WITH parentId, collect(x) AS children
WITH parentId, size(children) AS totalCount, children[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN parentId, totalCount, x.id AS id, x.domainId AS domainId, x.code AS code, x.name AS name,
       CASE WHEN $withText THEN x.summary END AS summary, x.polarity AS polarity, x.parentThemeId AS parentThemeId
