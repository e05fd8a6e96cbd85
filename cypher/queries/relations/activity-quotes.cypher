UNWIND $ids AS parentId
MATCH (p:Activity)
USING INDEX p:Activity(id)
WHERE p.id IN [parentId]
MATCH (p)<-[:EVIDENCES]-(x:Quote)
RETURN parentId, x.id AS id, x.participantId AS participantId, CASE WHEN $withText THEN x.text END AS text,
       x.location AS location, x.polarity AS polarity
ORDER BY x.studyId, x.ordinal
