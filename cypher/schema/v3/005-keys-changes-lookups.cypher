// Neo4j 3.x DDL (issue 11): API keys are looked up by name and by prefix, change log entries by id and by study.
// Plain indexes, not constraints: keys and entries stored before this migration are not checked for duplicates.
CREATE INDEX ON :ApiKey(name);
CREATE INDEX ON :ApiKey(prefix);
CREATE INDEX ON :Change(id);
CREATE INDEX ON :Change(studyId)
