// The links that start at a finding of the study, found through the study-part index.
MATCH (a:StudyPart {studyId: $studyId})-[l:LINKS_TO]->(b:Finding)
USING INDEX a:StudyPart(studyId)
RETURN l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
ORDER BY l.createdAt, l.id
