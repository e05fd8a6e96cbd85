// Puts key records back as they were backed up (same name, role, salt and hash), replacing one of the same name.
UNWIND $keys AS key
MERGE (k:ApiKey {name: key.name})
SET k.role = key.role, k.prefix = key.prefix, k.salt = key.salt, k.hash = key.hash,
    k.createdAt = key.createdAt, k.revokedAt = key.revokedAt
RETURN count(k) AS restored
