// Every rejected suggestion, oldest first.
MATCH (r:SuggestionRejection)
RETURN r.id AS id, r.fromId AS fromId, r.toId AS toId, r.reason AS reason, r.author AS author, r.rejectedAt AS rejectedAt
ORDER BY r.rejectedAt, r.id
