UNWIND $ids AS key
MATCH (x:DomainInteraction)
USING INDEX x:DomainInteraction(id)
WHERE x.id IN [key]
RETURN x.id AS id, x.fromDomainId AS fromDomainId, x.toDomainId AS toDomainId, x.kind AS kind, x.description AS description
