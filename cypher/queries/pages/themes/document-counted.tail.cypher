// The tail of every themes page query when totalCount is asked for and no order: every match found by the match part
// (bound as x) counted, then the page cut from the first $skip + $limit + 1 in the studies' own order (a top-N sort
// without counted.tail.cypher's sort keys: a 10,000-match page took 23 ms this way, 50 ms with them). An empty match
// or page answers one row with a null id, to carry the count (the one row more keeps one when the page asks for none).
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched
UNWIND (CASE WHEN totalCount = 0 THEN [null] ELSE matched END) AS x
WITH totalCount, x ORDER BY x.studyId, x.ordinal, x.id
LIMIT $skip + $limit + 1
WITH totalCount, collect(x) AS top
WITH totalCount, top[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.domainId AS domainId, x.code AS code, x.name AS name,
       CASE WHEN $withText THEN x.summary END AS summary, x.polarity AS polarity, x.parentThemeId AS parentThemeId
