UNWIND $ids AS key
MATCH (x:Quote)
USING INDEX x:Quote(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.participantId AS participantId, CASE WHEN $withText THEN x.text END AS text,
       x.location AS location, x.polarity AS polarity
