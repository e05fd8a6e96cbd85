// Every study, for a cogs request that names none: a study without themes is still reported. Sent with the evidence.
MATCH (s:Study)
RETURN s.id AS id
ORDER BY s.id
