// Takes the stored study's write lock before an import reads or writes anything, so that concurrent writes to one
// study queue behind each other instead of deadlocking halfway. Nothing changes: the id is set to itself.
MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
SET s.id = s.id
RETURN count(s) AS locked
