// Whether a study of that id exists.
OPTIONAL MATCH (s:Study {id: $id})
USING INDEX s:Study(id)
RETURN s IS NOT NULL AS found
