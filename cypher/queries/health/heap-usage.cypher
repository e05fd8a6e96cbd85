// The JVM heap of the Neo4j server: its maximum, and how much of it the old generation held after the last
// collection (what survives garbage collection). Read after a large import failed, to tell running out of memory
// from other failures. Restricted on some hosted servers: the caller treats a refusal as "unknown".
CALL dbms.queryJmx('java.lang:type=MemoryPool,name=*') YIELD name, attributes
WITH name, attributes
WHERE name CONTAINS 'Old Gen' OR name CONTAINS 'Tenured'
RETURN attributes.CollectionUsage.value.properties.max AS max,
       attributes.CollectionUsage.value.properties.used AS usedAfterGc,
       attributes.Usage.value.properties.used AS used
