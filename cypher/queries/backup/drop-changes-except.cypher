// After a restore: removes the change log entries the restore's own imports made, keeping those backed up.
MATCH (c:Change)
WHERE NOT c.id IN $keep
DETACH DELETE c
