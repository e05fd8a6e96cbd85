// One page of the quotes of each activity, and how many there are in all.
UNWIND $ids AS parentId
MATCH (p:Activity {id: parentId})
USING INDEX p:Activity(id)
OPTIONAL MATCH (p)<-[:EVIDENCES]-(x:Quote)
WITH parentId, x ORDER BY x.studyId, x.ordinal
WITH parentId, collect(x) AS children
WITH parentId, size(children) AS totalCount, children[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS x
RETURN parentId, totalCount, x.id AS id, x.participantId AS participantId, CASE WHEN $withText THEN x.text END AS text,
       x.location AS location, x.polarity AS polarity
