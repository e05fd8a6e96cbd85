// The tail of every domains page query when totalCount is asked for: every match found by the match part (bound as
// x) counted, then only the first $skip + $limit + 1 in the order asked sorted (a top-N sort), and the page cut from
// them, in one pass (a second statement counting would run the match twice; the one row more keeps a row for the
// count when the page asks for none). Sorting every match before counting made a 10,000-match page 1.45x slower.
// An empty match or page answers one row with a null id, to carry the count.
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched
UNWIND (CASE WHEN totalCount = 0 THEN [null] ELSE matched END) AS x
WITH totalCount, x, CASE $orderBy WHEN 'NAME' THEN toLower(x.name) END AS textKey, null AS numberKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC,
         CASE WHEN $descending THEN null ELSE numberKey END ASC, CASE WHEN $descending THEN numberKey END DESC,
         x.studyId, x.ordinal, x.id
LIMIT $skip + $limit + 1
WITH totalCount, collect(x) AS top
WITH totalCount, top[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.studyId AS studyId, x.name AS name, x.canonicalDomain AS canonicalDomain, x.description AS description
