// One page of the themes of each study, and how many there are in all.
// Every child of a parent is in the parent's study: the ordinal alone orders them (one property read a child, not two).
UNWIND $ids AS parentId
MATCH (p:Study {id: parentId})
USING INDEX p:Study(id)
OPTIONAL MATCH (p)-[:REPORTS]->(x:Theme)
WITH parentId, x ORDER BY x.ordinal
WITH parentId, collect(x) AS children
WITH parentId, size(children) AS totalCount, children[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN parentId, totalCount, x.id AS id, x.domainId AS domainId, x.code AS code, x.name AS name,
       CASE WHEN $withText THEN x.summary END AS summary, x.polarity AS polarity, x.parentThemeId AS parentThemeId
