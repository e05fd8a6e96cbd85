UNWIND $ids AS key
MATCH (x:Quote {id: key})
USING INDEX x:Quote(id)
RETURN x.id AS id, x.participantId AS participantId, CASE WHEN $withText THEN x.text END AS text,
       x.location AS location, x.polarity AS polarity
