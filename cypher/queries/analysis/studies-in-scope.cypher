// Which of the studies a cogs request names exist, so that an unknown id is an error and a study without themes is
// still reported. Sent in the same request as the evidence.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
RETURN s.id AS id
ORDER BY s.id
