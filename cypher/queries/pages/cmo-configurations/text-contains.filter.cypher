toLower(x.statement) CONTAINS toLower($textContains)
