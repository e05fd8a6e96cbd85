// Records that two findings are not to be suggested as a link again: who, when and why. The id names the pair in either
// order, so rejecting a pair again replaces the earlier reason. Kept apart from the findings, so a re-import of either
// study does not bring the suggestion back.
MERGE (r:SuggestionRejection {id: $id})
SET r.fromId = $fromId, r.toId = $toId, r.reason = $reason, r.author = $author, r.rejectedAt = $rejectedAt
RETURN r.id AS id, r.fromId AS fromId, r.toId AS toId, r.reason AS reason, r.author AS author, r.rejectedAt AS rejectedAt
