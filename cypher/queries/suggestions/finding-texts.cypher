// Every finding of every kind with the words that describe it, for link suggestions: a name, a summary, the texts of
// the quotes that evidence it, and what its polarity is read from (a theme's polarity, an outcome's valence, the parts
// of a CMO configuration). Kinds without a name (contexts, outcomes, CMO configurations) have their text as summary.
// Only quotes evidence a finding, so the evidence is not labelled: a label lets 3.1 plan a scan of it per finding
// when its statistics say the label is empty.
MATCH (f:Theme)
OPTIONAL MATCH (f)<-[:EVIDENCES]-(q)
WITH f, collect(q.text) AS quotes
RETURN f.id AS id, f.studyId AS studyId, 'Theme' AS kind, f.name AS name, coalesce(f.summary, '') AS summary, quotes,
       f.polarity AS polarity, null AS contextId, null AS mechanismId, null AS outcomeId
UNION ALL
MATCH (f:Mechanism)
OPTIONAL MATCH (f)<-[:EVIDENCES]-(q)
WITH f, collect(q.text) AS quotes
RETURN f.id AS id, f.studyId AS studyId, 'Mechanism' AS kind, f.name AS name,
       coalesce(f.resource, '') + '\n' + coalesce(f.reasoning, '') AS summary, quotes,
       null AS polarity, null AS contextId, null AS mechanismId, null AS outcomeId
UNION ALL
MATCH (f:Context)
RETURN f.id AS id, f.studyId AS studyId, 'Context' AS kind, '' AS name, coalesce(f.description, '') AS summary, [] AS quotes,
       null AS polarity, null AS contextId, null AS mechanismId, null AS outcomeId
UNION ALL
MATCH (f:Outcome)
RETURN f.id AS id, f.studyId AS studyId, 'Outcome' AS kind, '' AS name, coalesce(f.description, '') AS summary, [] AS quotes,
       f.valence AS polarity, null AS contextId, null AS mechanismId, null AS outcomeId
UNION ALL
MATCH (f:CmoConfiguration)
OPTIONAL MATCH (f)<-[:EVIDENCES]-(q)
WITH f, collect(q.text) AS quotes
RETURN f.id AS id, f.studyId AS studyId, 'CmoConfiguration' AS kind, '' AS name, coalesce(f.statement, '') AS summary, quotes,
       null AS polarity, f.contextId AS contextId, f.mechanismId AS mechanismId, f.outcomeId AS outcomeId
UNION ALL
MATCH (f:Intervention)
RETURN f.id AS id, f.studyId AS studyId, 'Intervention' AS kind, f.name AS name, coalesce(f.description, '') AS summary, [] AS quotes,
       null AS polarity, null AS contextId, null AS mechanismId, null AS outcomeId
UNION ALL
MATCH (f:Function)
OPTIONAL MATCH (f)<-[:EVIDENCES]-(q)
WITH f, collect(q.text) AS quotes
RETURN f.id AS id, f.studyId AS studyId, 'Function' AS kind, f.name AS name, coalesce(f.description, '') AS summary, quotes,
       null AS polarity, null AS contextId, null AS mechanismId, null AS outcomeId
UNION ALL
MATCH (f:Activity)
OPTIONAL MATCH (f)<-[:EVIDENCES]-(q)
WITH f, collect(q.text) AS quotes
RETURN f.id AS id, f.studyId AS studyId, 'Activity' AS kind, f.name AS name, coalesce(f.description, '') AS summary, quotes,
       null AS polarity, null AS contextId, null AS mechanismId, null AS outcomeId
