// Neo4j 5 DDL (issue 11): API keys are looked up by name and by prefix, change log entries by id and by study.
// Plain indexes, not constraints: keys and entries stored before this migration are not checked for duplicates.
// Neo4j 5 also indexes relationship properties, which 3.1 cannot: a link is found by its id alone.
CREATE INDEX api_key_name IF NOT EXISTS FOR (n:ApiKey) ON (n.name);
CREATE INDEX api_key_prefix IF NOT EXISTS FOR (n:ApiKey) ON (n.prefix);
CREATE INDEX change_id IF NOT EXISTS FOR (n:Change) ON (n.id);
CREATE INDEX change_study IF NOT EXISTS FOR (n:Change) ON (n.studyId);
CREATE INDEX link_id IF NOT EXISTS FOR ()-[l:LINKS_TO]-() ON (l.id)
