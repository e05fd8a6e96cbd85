// The findings of the given kinds (labels), to group into findings that recur across studies, with what their
// polarity comes from: a theme's polarity, an outcome's valence, a CMO configuration's outcome's valence.
MATCH (f:Finding)
WHERE size([label IN labels(f) WHERE label IN $kinds]) > 0
OPTIONAL MATCH (f)-[:LEADS_TO]->(o:Outcome)
RETURN f.id AS id, f.studyId AS studyId, f.polarity AS polarity, coalesce(f.valence, o.valence) AS valence
