MATCH (a:Finding)-[l:LINKS_TO]->(b:Finding)
WHERE ($fromStudyIds IS NULL OR a.studyId IN $fromStudyIds)
  AND ($toStudyIds IS NULL OR b.studyId IN $toStudyIds)
  AND ($relations IS NULL OR l.relation IN $relations)
RETURN l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
ORDER BY l.createdAt, l.id
