// Nodes that require the given node (functions and activities of an intervention; themes and interactions of a
// domain): deleting it would leave their required reference dangling.
MATCH (n:StudyPart {studyId: $studyId})
USING INDEX n:StudyPart(studyId)
WHERE n.id = $id AND $label IN labels(n)
RETURN [(n)-[:HAS_FUNCTION|HAS_ACTIVITY]->(x) | x.id] + [(x)-[:IN_DOMAIN|FROM_DOMAIN|TO_DOMAIN]->(n) | x.id] AS dependents
