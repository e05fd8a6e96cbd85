// Neo4j 5 DDL: what queries look nodes up by besides their id.
CREATE INDEX participant_label IF NOT EXISTS FOR (n:Participant) ON (n.label);
CREATE INDEX theme_polarity IF NOT EXISTS FOR (n:Theme) ON (n.polarity);
CREATE INDEX study_year IF NOT EXISTS FOR (n:Study) ON (n.year);
CREATE INDEX study_part_study IF NOT EXISTS FOR (n:StudyPart) ON (n.studyId)
