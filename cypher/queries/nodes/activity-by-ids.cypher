UNWIND $ids AS key
MATCH (x:Activity {id: key})
USING INDEX x:Activity(id)
RETURN x.id AS id, x.interventionId AS interventionId, x.name AS name, x.description AS description
