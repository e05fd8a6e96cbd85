// Creates the links whose two ends exist and returns their ids; the others are reported by the caller.
UNWIND $rows AS row
MATCH (a:Finding {id: row.fromId})
MATCH (b:Finding {id: row.toId})
CREATE (a)-[l:LINKS_TO {id: row.id}]->(b)
SET l.relation = row.relation, l.rationale = row.rationale, l.author = row.author, l.createdAt = row.createdAt
RETURN row.id AS id
