toLower(x.name) CONTAINS toLower($textContains)
