// The Context nodes of every study that the filters match. $textContains is '' when not filtering.
MATCH (x:Context)
WHERE toLower(x.description) CONTAINS toLower($textContains)
