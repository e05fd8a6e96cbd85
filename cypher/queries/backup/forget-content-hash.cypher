// Makes the next import of the study's document rewrite it (a restore's second pass, for links whose other end
// was not there yet in the first).
MATCH (s:Study {id: $studyId})
SET s.contentHash = null
