// One page of the quotes of one mechanism ($ids holds its id alone), and how many there are in all: the page is
// cut in Cypher (a top-N sort by the order of the study's document), so only its rows cross the wire. A parent's
// children all belong to its study, so the ordinal alone orders them (reading studyId too cost a third more).
// Aggregating the page without a grouping key answers one row even when the page is empty, which carries the count.
// The relationship type alone says what the child is, so the child carries no label: with one, 3.1 could plan a scan
// of that label per parent while its index samples lag (QueryPlansIT's trap).
MATCH (p:Mechanism)
USING INDEX p:Mechanism(id)
WHERE p.id IN [head($ids)]
OPTIONAL MATCH (p)<-[:EVIDENCES]-(x)
WITH x ORDER BY x.ordinal SKIP $skip LIMIT $limit
WITH collect(x) AS page
MATCH (p:Mechanism)
USING INDEX p:Mechanism(id)
WHERE p.id IN [head($ids)]
WITH p, page, size([(p)<-[:EVIDENCES]-(c) | c]) AS totalCount
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN p.id AS parentId, totalCount, x.id AS id, x.participantId AS participantId, CASE WHEN $withText THEN x.text END AS text,
       x.location AS location, x.polarity AS polarity
