// The keys whose lookup prefix is the one presented (normally one); the caller compares the salted hash.
MATCH (k:ApiKey {prefix: $prefix})
USING INDEX k:ApiKey(prefix)
RETURN k.name AS name, k.role AS role, k.prefix AS prefix, k.salt AS salt, k.hash AS hash,
       k.createdAt AS createdAt, k.revokedAt AS revokedAt
