UNWIND $rows AS row
MATCH (child:Theme {id: row.id})
MATCH (parent:Theme {id: row.parentThemeId})
CREATE (child)-[:SUBTHEME_OF]->(parent)
