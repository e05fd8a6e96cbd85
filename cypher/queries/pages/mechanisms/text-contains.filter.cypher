toLower(x.name) CONTAINS toLower($textContains) OR toLower(coalesce(x.reasoning, '')) CONTAINS toLower($textContains) OR toLower(coalesce(x.resource, '')) CONTAINS toLower($textContains)
