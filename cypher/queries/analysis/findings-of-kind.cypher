// The findings of the given kinds (labels), to group into findings that recur across studies.
MATCH (f:Finding)
WHERE size([label IN labels(f) WHERE label IN $kinds]) > 0
RETURN f.id AS id, f.studyId AS studyId
