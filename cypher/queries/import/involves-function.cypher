UNWIND $rows AS row
MATCH (a:CmoConfiguration {id: row.fromId})
MATCH (b:Function {id: row.toId})
CREATE (a)-[:INVOLVES {ordinal: row.ordinal}]->(b)
