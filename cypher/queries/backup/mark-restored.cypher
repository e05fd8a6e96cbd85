// Marks the studies a restore writes with the restore's own token, in the restore's transaction: when the answer to
// its commit is lost, reading the token back (backup/restore-committed) tells whether the commit happened.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
SET s.restoreToken = $token
