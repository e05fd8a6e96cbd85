MATCH (:Study {id: $studyId})-[:HAS_QUOTE]->(q:Quote)
OPTIONAL MATCH (q)-[:SPOKEN_BY]->(p:Participant)
RETURN q.id AS id, p.id AS participantId, q.text AS text, q.location AS location, q.polarity AS polarity
ORDER BY q.ordinal
