// After a commit whose answer was lost: whether the study holds the content hash and the import time that this
// import wrote in its own transaction (then its commit happened).
OPTIONAL MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
RETURN coalesce(s.contentHash = $contentHash AND s.importedAt = $importedAt, false) AS committed
