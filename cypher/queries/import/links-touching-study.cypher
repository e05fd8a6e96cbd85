// Cross-study links from or to the study's findings, kept across a re-import where both ends still exist.
MATCH (a:Finding)-[l:LINKS_TO]->(b:Finding)
WHERE a.studyId = $studyId OR b.studyId = $studyId
RETURN l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
