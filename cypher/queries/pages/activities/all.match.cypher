// The Activity nodes of every study that the filters match. $textContains is '' when not filtering.
MATCH (x:Activity)
WHERE toLower(x.name) CONTAINS toLower($textContains) OR toLower(coalesce(x.description, '')) CONTAINS toLower($textContains)
