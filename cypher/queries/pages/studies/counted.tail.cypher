// The tail of every studies page query when totalCount is asked for: every match found by the match part (bound as x),
// in the order asked, counted and cut to the page in one pass (a second statement counting would run the match twice).
WITH x, CASE $orderBy WHEN 'TITLE' THEN toLower(x.title) WHEN 'ID' THEN x.id END AS textKey, CASE $orderBy WHEN 'YEAR' THEN x.year END AS numberKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC,
         CASE WHEN $descending THEN null ELSE numberKey END ASC, CASE WHEN $descending THEN numberKey END DESC,
         x.id, x.id
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.title AS title, x.authors AS authors, x.year AS year, x.doi AS doi, x.journal AS journal,
       x.design AS design, x.sampleSize AS sampleSize, x.setting AS setting, x.summary AS summary
