// Neo4j 5 DDL: a rejected link suggestion is stored once per pair of findings.
CREATE CONSTRAINT suggestion_rejection_id IF NOT EXISTS FOR (n:SuggestionRejection) REQUIRE n.id IS UNIQUE
