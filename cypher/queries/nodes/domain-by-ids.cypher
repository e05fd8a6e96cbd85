UNWIND $ids AS key
MATCH (x:Domain)
USING INDEX x:Domain(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.studyId AS studyId, x.name AS name, x.canonicalDomain AS canonicalDomain, x.description AS description
