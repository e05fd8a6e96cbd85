UNWIND $rows AS row
MATCH (a:CmoConfiguration {id: row.fromId})
MATCH (b:Theme {id: row.toId})
CREATE (a)-[:INVOLVES {ordinal: row.ordinal}]->(b)
