UNWIND $ids AS key
MATCH (x:Participant {id: key})
RETURN x.id AS id, x.label AS label, x.site AS site, x.attributes AS attributes
