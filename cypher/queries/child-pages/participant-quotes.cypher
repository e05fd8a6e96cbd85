// One page of the quotes of each participant, and how many there are in all.
// Every child of a parent is in the parent's study: the ordinal alone orders them (one property read a child, not two).
// The relationship type alone says what the child is, so the child carries no label: with one, 3.1 could plan a scan
// of that label per parent while its index samples lag (QueryPlansIT's trap).
UNWIND $ids AS parentId
MATCH (p:Participant)
USING INDEX p:Participant(id)
WHERE p.id IN [parentId]
OPTIONAL MATCH (p)<-[:SPOKEN_BY]-(x)
WITH parentId, x ORDER BY x.ordinal
WITH parentId, collect(x) AS children
WITH parentId, size(children) AS totalCount, children[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN parentId, totalCount, x.id AS id, x.participantId AS participantId, CASE WHEN $withText THEN x.text END AS text,
       x.location AS location, x.polarity AS polarity
