UNWIND $ids AS key
MATCH (x:Theme {id: key})
USING INDEX x:Theme(id)
RETURN x.id AS id, x.domainId AS domainId, x.code AS code, x.name AS name,
       CASE WHEN $withText THEN x.summary END AS summary, x.polarity AS polarity, x.parentThemeId AS parentThemeId
