UNWIND $rows AS row
MATCH (a:Quote {id: row.fromId}), (b:Function {id: row.toId})
CREATE (a)-[:EVIDENCES {ordinal: row.ordinal}]->(b)
