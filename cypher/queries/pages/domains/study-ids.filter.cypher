x.studyId IN $studyIds
