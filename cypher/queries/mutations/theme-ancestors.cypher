// The broader themes above a theme, to refuse a parent that would make a cycle.
OPTIONAL MATCH (t:Theme {id: $id})-[:SUBTHEME_OF*1..]->(a:Theme)
USING INDEX t:Theme(id)
RETURN collect(DISTINCT a.id) AS ids
