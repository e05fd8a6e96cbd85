// Neo4j 3.x DDL: a rejected link suggestion is stored once per pair of findings.
CREATE CONSTRAINT ON (n:SuggestionRejection) ASSERT n.id IS UNIQUE
