// Every theme, mechanism and CMO configuration with the words that describe it (name, summary, the quotes that evidence it), for text similarity.
MATCH (f:Finding)
WHERE f:Theme OR f:Mechanism OR f:CmoConfiguration
OPTIONAL MATCH (f)<-[:EVIDENCES]-(q:Quote)
WITH f, collect(q.text) AS quotes
RETURN f.id AS id, f.studyId AS studyId, coalesce(f.name, f.statement, f.description) AS name,
       coalesce(f.summary, '') + ' ' + coalesce(f.resource, '') + ' ' + coalesce(f.reasoning, '') AS summary, quotes
ORDER BY f.studyId, f.ordinal
