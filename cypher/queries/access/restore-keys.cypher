// Puts key records back as they were backed up (same name, role, salt and hash), replacing one of the same name (the
// last record of a name wins). Not a MERGE: a MERGE cannot carry an index hint, and 3.1 plans it as a scan of the label
// while the label is empty or small.
UNWIND $keys AS record
WITH record.name AS name, last(collect(record)) AS key
OPTIONAL MATCH (existing:ApiKey {name: name})
USING INDEX existing:ApiKey(name)
WITH key, collect(existing) AS found
FOREACH (x IN CASE WHEN size(found) = 0 THEN [1] ELSE [] END |
  CREATE (:ApiKey {name: key.name, role: key.role, prefix: key.prefix, salt: key.salt, hash: key.hash,
                   createdAt: key.createdAt, revokedAt: key.revokedAt}))
FOREACH (k IN found |
  SET k.role = key.role, k.prefix = key.prefix, k.salt = key.salt, k.hash = key.hash,
      k.createdAt = key.createdAt, k.revokedAt = key.revokedAt)
RETURN count(key) AS restored
