// The id of every study, for a backup.
MATCH (s:Study)
RETURN s.id AS id
ORDER BY s.id
