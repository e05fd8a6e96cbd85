// Findings of any kind by id, with the label that says which kind each is.
UNWIND $ids AS key
MATCH (x:Finding {id: key})
RETURN x.id AS id, labels(x) AS labels, x.studyId AS studyId
