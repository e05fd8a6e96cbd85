UNWIND $rows AS row
MATCH (a:CmoConfiguration {id: row.fromId}), (b:Function {id: row.toId})
CREATE (a)-[:INVOLVES {ordinal: row.ordinal}]->(b)
