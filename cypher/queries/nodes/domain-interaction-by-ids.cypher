UNWIND $ids AS key
MATCH (x:DomainInteraction {id: key})
USING INDEX x:DomainInteraction(id)
RETURN x.id AS id, x.fromDomainId AS fromDomainId, x.toDomainId AS toDomainId, x.kind AS kind, x.description AS description
