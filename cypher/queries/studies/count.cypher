MATCH (s:Study)
RETURN count(s) AS studies
