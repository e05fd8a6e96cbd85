MATCH (st:Study {id: $studyId})-[:HAS_QUOTE]->(q:Quote)
USING INDEX st:Study(id)
OPTIONAL MATCH (q)-[:SPOKEN_BY]->(p:Participant)
RETURN q.id AS id, p.id AS participantId, q.text AS text, q.location AS location, q.polarity AS polarity
ORDER BY q.ordinal
