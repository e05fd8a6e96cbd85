// Which of the study ids a request names are stored (the unique id index finds them; nothing is scanned), so that a
// field taking study ids answers an unknown one with NOT_FOUND instead of silently nothing.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $ids
RETURN s.id AS id
