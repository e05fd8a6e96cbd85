// The tail of every contexts page query: the page's rows of what its match part found (bound as x), in the order asked,
// cut to one row more than the page (the extra row says that a next page exists). The sort keeps only the first
// $skip + $limit + 1 rows (Neo4j 3.1 plans a top-N sort for ORDER BY ... LIMIT, not for ORDER BY ... SKIP ... LIMIT),
// and the page is sliced from those: collect keeps their order.
WITH x, CASE $orderBy WHEN 'DESCRIPTION' THEN toLower(x.description) END AS textKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC, x.studyId, x.ordinal, x.id
LIMIT $skip + $limit + 1
WITH collect(x) AS top
UNWIND top[$skip..] AS x
RETURN x.id AS id, x.description AS description
