// Findings of any kind among $ids, with every kind's properties (the labels say which kind each is): what suggestions
// join and what a rejection may name. A global id starts with its study's id and '/', which the study-part index
// finds. $withText is accepted for the batch reader and not used: suggestions are short lists.
UNWIND $ids AS key
MATCH (x:StudyPart)
USING INDEX x:StudyPart(studyId)
WHERE x.studyId = split(key, '/')[0] AND x.id = key
  AND (x:Theme OR x:Mechanism OR x:Context OR x:Outcome OR x:CmoConfiguration OR x:Intervention OR x:Function OR x:Activity)
RETURN x.id AS id, labels(x) AS labels, x.studyId AS studyId, $withText AS withText,
       x.domainId AS domainId, x.code AS code, x.name AS name, x.summary AS summary, x.polarity AS polarity,
       x.parentThemeId AS parentThemeId, x.resource AS resource, x.reasoning AS reasoning, x.description AS description,
       x.valence AS valence, x.statement AS statement, x.confidence AS confidence, x.contextId AS contextId,
       x.mechanismId AS mechanismId, x.outcomeId AS outcomeId, x.interventionId AS interventionId
