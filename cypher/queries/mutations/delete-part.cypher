// Deletes one node of a study with its relationships. Optional references to it from other nodes are cleared
// (their denormalised id properties with them) and reported; nodes that require it are checked beforehand.
MATCH (n:StudyPart {studyId: $studyId})
USING INDEX n:StudyPart(studyId)
WHERE n.id = $id AND $label IN labels(n)
WITH n,
     [(x:Quote)-[:SPOKEN_BY]->(n) | x] AS quotes,
     [(x:Theme)-[:SUBTHEME_OF]->(n) | x] AS subthemes,
     [(x:CmoConfiguration)-[:IN_CONTEXT]->(n) | x] AS inContext,
     [(x:CmoConfiguration)-[:THROUGH]->(n) | x] AS through,
     [(x:CmoConfiguration)-[:LEADS_TO]->(n) | x] AS leadsTo
FOREACH (x IN quotes | SET x.participantId = null)
FOREACH (x IN subthemes | SET x.parentThemeId = null)
FOREACH (x IN inContext | SET x.contextId = null)
FOREACH (x IN through | SET x.mechanismId = null)
FOREACH (x IN leadsTo | SET x.outcomeId = null)
WITH n, [x IN quotes + subthemes + inContext + through + leadsTo | x.id] AS cleared
DETACH DELETE n
RETURN cleared
