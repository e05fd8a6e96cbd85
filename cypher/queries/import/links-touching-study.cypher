// Cross-study links from or to the study's findings, kept across a re-import where both ends still exist.
// Starts from the study's findings through the study-part index (an OR over both ends would scan every finding).
MATCH (x:StudyPart:Finding)
USING INDEX x:StudyPart(studyId)
WHERE x.studyId = $studyId
MATCH (x)-[l:LINKS_TO]-(:Finding)
WITH DISTINCT l
WITH l, startNode(l) AS a, endNode(l) AS b
RETURN l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
