UNWIND $ids AS key
MATCH (x:Domain {id: key})
USING INDEX x:Domain(id)
RETURN x.id AS id, x.studyId AS studyId, x.name AS name, x.canonicalDomain AS canonicalDomain, x.description AS description
