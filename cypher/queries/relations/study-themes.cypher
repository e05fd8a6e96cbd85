UNWIND $ids AS parentId
MATCH (p:Study)
USING INDEX p:Study(id)
WHERE p.id IN [parentId]
MATCH (p)-[:REPORTS]->(x:Theme)
RETURN parentId, x.id AS id, x.domainId AS domainId, x.code AS code, x.name AS name,
       CASE WHEN $withText THEN x.summary END AS summary, x.polarity AS polarity, x.parentThemeId AS parentThemeId
ORDER BY x.studyId, x.ordinal
