UNWIND $rows AS row
MATCH (a:Function {id: row.fromId})
MATCH (b:Activity {id: row.toId})
CREATE (a)-[:ENACTED_BY {ordinal: row.ordinal}]->(b)
