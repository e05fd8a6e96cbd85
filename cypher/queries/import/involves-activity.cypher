UNWIND $rows AS row
MATCH (a:CmoConfiguration {id: row.fromId}), (b:Activity {id: row.toId})
CREATE (a)-[:INVOLVES {ordinal: row.ordinal}]->(b)
