UNWIND $ids AS key
MATCH (x:Participant {id: key})
USING INDEX x:Participant(id)
RETURN x.id AS id, x.label AS label, x.site AS site, x.attributes AS attributes
