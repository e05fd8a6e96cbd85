// The interactions between domains that the authors of the named studies state.
MATCH (s:Study)
USING INDEX s:Study(id)
WHERE s.id IN $studyIds
MATCH (s)-[:STATES]->(i:DomainInteraction)
MATCH (i)-[:FROM_DOMAIN]->(a:Domain)
MATCH (i)-[:TO_DOMAIN]->(b:Domain)
RETURN i.studyId AS studyId, a.id AS fromDomainId, a.name AS fromName, a.canonicalDomain AS fromCanonical,
       b.id AS toDomainId, b.name AS toName, b.canonicalDomain AS toCanonical, i.kind AS kind, i.description AS description
ORDER BY i.studyId, i.ordinal
