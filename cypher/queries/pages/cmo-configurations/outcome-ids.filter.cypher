x.outcomeId IN $outcomeIds
