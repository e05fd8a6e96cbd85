UNWIND $ids AS key
MATCH (x:Domain {id: key})
RETURN x.id AS id, x.studyId AS studyId, x.name AS name, x.canonicalDomain AS canonicalDomain, x.description AS description
