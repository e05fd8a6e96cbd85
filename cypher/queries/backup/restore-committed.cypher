// After a restore whose commit answer was lost: whether a study it wrote holds the token it wrote in its own
// transaction (then its commit happened; a study left from before the restore holds another token or none).
OPTIONAL MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
RETURN coalesce(s.restoreToken = $token, false) AS committed
