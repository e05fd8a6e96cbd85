// Search candidates in the studies $studyIds (an index seek on :StudyPart(studyId)); see search/everywhere.
MATCH (x:StudyPart)
USING INDEX x:StudyPart(studyId)
WHERE x.studyId IN $studyIds
WITH x, CASE
         WHEN x:Theme THEN 'THEME' WHEN x:Mechanism THEN 'MECHANISM' WHEN x:Context THEN 'CONTEXT'
         WHEN x:Outcome THEN 'OUTCOME' WHEN x:CmoConfiguration THEN 'CMO_CONFIGURATION'
         WHEN x:Intervention THEN 'INTERVENTION' WHEN x:Function THEN 'FUNCTION' WHEN x:Activity THEN 'ACTIVITY'
         WHEN x:Quote THEN 'QUOTE' END AS kind
WHERE kind IN $kinds
WITH x, kind,
     CASE kind WHEN 'CONTEXT' THEN x.description WHEN 'OUTCOME' THEN x.description WHEN 'CMO_CONFIGURATION' THEN x.statement
               WHEN 'QUOTE' THEN null ELSE x.name END AS name,
     CASE kind WHEN 'THEME' THEN x.summary WHEN 'MECHANISM' THEN coalesce(x.resource, '') + ' / ' + coalesce(x.reasoning, '')
               WHEN 'INTERVENTION' THEN x.description WHEN 'FUNCTION' THEN x.description WHEN 'ACTIVITY' THEN x.description END AS summary,
     CASE kind WHEN 'QUOTE' THEN x.text END AS text
WITH x, kind, name, summary, text, toLower(coalesce(name, '')) AS n, toLower(coalesce(summary, '')) AS s, toLower(coalesce(text, '')) AS q
WHERE all(w IN $words WHERE n CONTAINS w OR s CONTAINS w OR q CONTAINS w)
WITH x, kind, name, summary, text,
     CASE WHEN n = $phrase THEN 6 WHEN n CONTAINS $phrase THEN 5 WHEN all(w IN $words WHERE n CONTAINS w) THEN 4
          WHEN s CONTAINS $phrase THEN 3 WHEN q CONTAINS $phrase THEN 2 ELSE 1 END AS rough
ORDER BY rough DESC, x.studyId, x.ordinal
LIMIT $candidates
RETURN kind, x.id AS id, name, summary, text
