// A study changed through the API no longer matches the document it was imported from: forget the content hash,
// so that re-importing that document rewrites the study instead of being skipped as unchanged.
MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
SET s.contentHash = null
