toLower(x.name) CONTAINS toLower($textContains) OR toLower(coalesce(x.summary, '')) CONTAINS toLower($textContains)
