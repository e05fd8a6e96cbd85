// One page of the quotes of one study ($ids holds its id alone), and how many there are in all: the page is
// cut in Cypher (a top-N sort by the order of the study's document), so only its rows cross the wire. A parent's
// children all belong to its study, so the ordinal alone orders them (reading studyId too cost a third more).
// Aggregating the page without a grouping key answers one row even when the page is empty, which carries the count.
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [head($ids)]
OPTIONAL MATCH (p)-[:HAS_QUOTE]->(x)
WITH x ORDER BY x.ordinal SKIP $skip LIMIT $limit
WITH collect(x) AS page
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [head($ids)]
WITH p, page, size([(p)-[:HAS_QUOTE]->(c) | c]) AS totalCount
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN p.id AS parentId, totalCount, x.id AS id, x.participantId AS participantId, CASE WHEN $withText THEN x.text END AS text,
       x.location AS location, x.polarity AS polarity
