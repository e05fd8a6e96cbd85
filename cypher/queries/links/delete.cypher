// Deletes the link of the given id between two given findings, found from its start through the finding index.
MATCH (a:Finding {id: $fromId})-[l:LINKS_TO {id: $id}]->(b:Finding {id: $toId})
USING INDEX a:Finding(id)
DELETE l
RETURN count(*) AS deleted
