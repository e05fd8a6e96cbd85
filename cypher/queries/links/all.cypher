// Links filtered by their studies and relations; every filter is null when unused. $between keeps links whose two
// ends lie in two of the given studies, whichever way they point; $touching keeps links with an end in one of them.
MATCH (a:Finding)-[l:LINKS_TO]->(b:Finding)
WHERE ($fromStudyIds IS NULL OR a.studyId IN $fromStudyIds)
  AND ($toStudyIds IS NULL OR b.studyId IN $toStudyIds)
  AND ($between IS NULL OR (a.studyId IN $between AND b.studyId IN $between))
  AND ($touching IS NULL OR a.studyId IN $touching OR b.studyId IN $touching)
  AND ($relations IS NULL OR l.relation IN $relations)
RETURN l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
ORDER BY l.createdAt, l.id
