// Marks a key revoked (the first revocation time stays); answers no row when there is no key of that name.
MATCH (k:ApiKey {name: $name})
USING INDEX k:ApiKey(name)
SET k.revokedAt = coalesce(k.revokedAt, $at)
RETURN k.revokedAt AS revokedAt
