UNWIND $ids AS key
MATCH (x:Participant)
USING INDEX x:Participant(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.label AS label, x.site AS site, x.attributes AS attributes
