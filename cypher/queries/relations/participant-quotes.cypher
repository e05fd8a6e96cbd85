UNWIND $ids AS parentId
MATCH (p:Participant)
USING INDEX p:Participant(id)
WHERE p.id IN [parentId]
MATCH (p)<-[:SPOKEN_BY]-(x:Quote)
RETURN parentId, x.id AS id, x.participantId AS participantId, CASE WHEN $withText THEN x.text END AS text,
       x.location AS location, x.polarity AS polarity
ORDER BY x.studyId, x.ordinal
