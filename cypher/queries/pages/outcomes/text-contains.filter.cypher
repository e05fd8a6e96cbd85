toLower(x.description) CONTAINS toLower($textContains)
