MATCH (s:Study {id: $studyId})
USING INDEX s:Study(id)
RETURN s.id AS id, s.title AS title, s.authors AS authors, s.year AS year, s.doi AS doi, s.journal AS journal,
       s.design AS design, s.sampleSize AS sampleSize, s.setting AS setting, s.summary AS summary, s.qda AS qda
