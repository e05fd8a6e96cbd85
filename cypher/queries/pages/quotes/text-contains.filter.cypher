toLower(x.text) CONTAINS toLower($textContains)
