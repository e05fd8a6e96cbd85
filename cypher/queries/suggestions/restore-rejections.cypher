// Puts rejected suggestions back as they were backed up (a restore), replacing one of the same pair.
UNWIND $rejections AS rejection
MERGE (r:SuggestionRejection {id: rejection.id})
SET r.fromId = rejection.fromId, r.toId = rejection.toId, r.reason = rejection.reason, r.author = rejection.author,
    r.rejectedAt = rejection.rejectedAt
RETURN count(r) AS restored
