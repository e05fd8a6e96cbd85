// What an import must know before it writes: the stored version's content hash (null for a new study).
OPTIONAL MATCH (s:Study {id: $studyId})
RETURN s.contentHash AS contentHash
