// Every change log entry of every study, for backups.
MATCH (c:Change)
RETURN c.id AS id, c.studyId AS studyId, c.at AS at, c.actor AS actor, c.action AS action, c.target AS target,
       c.summary AS summary
ORDER BY c.id
