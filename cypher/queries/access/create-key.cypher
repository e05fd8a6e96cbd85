// Stores a new API key's hash (never the key) under a name no other key has; answers no row when the name is taken.
OPTIONAL MATCH (existing:ApiKey {name: $name})
USING INDEX existing:ApiKey(name)
WITH existing
WHERE existing IS NULL
CREATE (k:ApiKey {name: $name, role: $role, prefix: $prefix, salt: $salt, hash: $hash, createdAt: $createdAt})
RETURN k.name AS name
