// Neo4j 3.x DDL: what queries look nodes up by besides their id.
CREATE INDEX ON :Participant(label);
CREATE INDEX ON :Theme(polarity);
CREATE INDEX ON :Study(year)
;
CREATE INDEX ON :StudyPart(studyId)
