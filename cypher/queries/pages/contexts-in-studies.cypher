// One page of Context nodes of the studies $studyIds (an index seek) and the count of all that match.
MATCH (x:Context:StudyPart)
USING INDEX x:StudyPart(studyId)
WHERE x.studyId IN $studyIds AND toLower(x.description) CONTAINS toLower($textContains)
WITH x, CASE $orderBy WHEN 'DESCRIPTION' THEN toLower(x.description) END AS textKey
ORDER BY CASE WHEN $descending THEN null ELSE textKey END ASC, CASE WHEN $descending THEN textKey END DESC, x.studyId, x.ordinal, x.id
WITH collect(x) AS matched
WITH size(matched) AS totalCount, matched[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN totalCount, x.id AS id, x.description AS description
