x.mechanismId IN $mechanismIds
