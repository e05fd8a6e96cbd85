UNWIND $rows AS row
MATCH (a:Quote {id: row.fromId})
MATCH (b:Mechanism {id: row.toId})
CREATE (a)-[:EVIDENCES {ordinal: row.ordinal}]->(b)
