CREATE (s:Study {id: $study.id})
SET s.title = $study.title, s.authors = $study.authors, s.year = $study.year, s.doi = $study.doi,
    s.journal = $study.journal, s.design = $study.design, s.sampleSize = $study.sampleSize,
    s.setting = $study.setting, s.summary = $study.summary, s.qda = $study.qda, s.contentHash = $contentHash, s.importedAt = $importedAt
