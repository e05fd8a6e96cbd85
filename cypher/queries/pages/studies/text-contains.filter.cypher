toLower(x.title) CONTAINS toLower($textContains) OR toLower(coalesce(x.summary, '')) CONTAINS toLower($textContains)
