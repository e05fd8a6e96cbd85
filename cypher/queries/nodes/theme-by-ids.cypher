UNWIND $ids AS key
MATCH (x:Theme)
USING INDEX x:Theme(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.domainId AS domainId, x.code AS code, x.name AS name,
       CASE WHEN $withText THEN x.summary END AS summary, x.polarity AS polarity, x.parentThemeId AS parentThemeId
