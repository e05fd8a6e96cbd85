// Puts change log entries back as they were backed up; an entry already there (same id) is left as it is.
UNWIND $changes AS change
MERGE (c:Change {id: change.id})
ON CREATE SET c.studyId = change.studyId, c.at = change.at, c.actor = change.actor, c.action = change.action,
              c.target = change.target, c.summary = change.summary
RETURN count(c) AS restored
