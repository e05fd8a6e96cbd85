// A page of a study's change log, oldest first (entry ids sort in the order the changes were made), and the
// number of entries in all. A log is append-only, so an offset names the same entry on later pages.
MATCH (c:Change)
USING INDEX c:Change(studyId)
WHERE c.studyId = $studyId
WITH c
ORDER BY c.id
WITH collect(c) AS entries
WITH size(entries) AS totalCount, entries[$skip..($skip + $limit)] AS page
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS c
RETURN totalCount, c.id AS id, c.studyId AS studyId, c.at AS at, c.actor AS actor, c.action AS action,
       c.target AS target, c.summary AS summary
