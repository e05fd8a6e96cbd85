// Which of the given study ids exist: what a mutation checks before it writes.
UNWIND $ids AS key
OPTIONAL MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN [key]
RETURN key AS id, s IS NOT NULL AS found
