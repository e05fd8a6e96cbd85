// Findings of any kind by id: the labels say which kind each is, and the columns cover every kind's properties.
UNWIND $ids AS key
MATCH (x:Finding)
USING INDEX x:Finding(id)
WHERE x.id IN [key]
RETURN x.id AS id, labels(x) AS labels, x.studyId AS studyId,
       x.domainId AS domainId, x.code AS code, x.name AS name, CASE WHEN $withText THEN x.summary END AS summary,
       x.polarity AS polarity, x.parentThemeId AS parentThemeId, x.resource AS resource, x.reasoning AS reasoning,
       x.statement AS statement, x.confidence AS confidence, x.contextId AS contextId, x.mechanismId AS mechanismId,
       x.outcomeId AS outcomeId, x.description AS description, x.valence AS valence, x.interventionId AS interventionId
