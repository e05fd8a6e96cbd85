// Removes every study and link but keeps the record of applied schema migrations. Used by the tests.
MATCH (n)
WHERE NOT n:SchemaMigration
DETACH DELETE n
