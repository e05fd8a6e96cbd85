// Every key record (hashes, not keys), for `keys list` and backups.
MATCH (k:ApiKey)
RETURN k.name AS name, k.role AS role, k.prefix AS prefix, k.salt AS salt, k.hash AS hash,
       k.createdAt AS createdAt, k.revokedAt AS revokedAt
ORDER BY k.name
