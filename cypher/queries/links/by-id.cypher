// The link of the given id when only the id is known (removeLink): the id is a hash of the link's ends, so nothing
// says where it starts. Neo4j 5 finds it through the relationship index of migration 005; 3.1 has no relationship
// index and reads the links. Callers that know the ends use links/by-ends.
MATCH (a:Finding)-[l:LINKS_TO {id: $id}]->(b:Finding)
RETURN l.id AS id, a.id AS fromId, b.id AS toId, l.relation AS relation, l.rationale AS rationale,
       l.author AS author, l.createdAt AS createdAt
