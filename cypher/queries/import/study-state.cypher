// What an import must know before it writes: whether the study is stored, and the stored version's content
// hash (null when mutations have changed it since its last import).
OPTIONAL MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
RETURN s IS NOT NULL AS stored, s.contentHash AS contentHash
