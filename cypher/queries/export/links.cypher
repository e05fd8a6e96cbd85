MATCH (a:StudyPart {studyId: $studyId})-[l:LINKS_TO]->(b:Finding)
RETURN l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
ORDER BY l.createdAt, l.id
