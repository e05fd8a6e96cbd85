UNWIND $rows AS row
MATCH (a:Quote {id: row.fromId})
MATCH (b:Theme {id: row.toId})
CREATE (a)-[:EVIDENCES {ordinal: row.ordinal}]->(b)
