UNWIND $ids AS key
MATCH (x:Study)
USING INDEX x:Study(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.title AS title, x.authors AS authors, x.year AS year, x.doi AS doi, x.journal AS journal,
       x.design AS design, x.sampleSize AS sampleSize, x.setting AS setting, x.summary AS summary
