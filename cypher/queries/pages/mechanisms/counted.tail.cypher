// The tail of every mechanisms page query when totalCount is asked for: every match found by the match part (bound as x),
// in the order asked, counted and cut to the page in one pass (a second statement counting would run the match twice).
WITH x, CASE $orderBy WHEN 'NAME' THEN toLower(x.name) END AS textKey, null AS numberKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC,
         CASE WHEN $descending THEN null ELSE numberKey END ASC, CASE WHEN $descending THEN numberKey END DESC,
         x.studyId, x.ordinal, x.id
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.name AS name, x.resource AS resource, x.reasoning AS reasoning
