MATCH (:Finding)-[l:LINKS_TO {id: $id}]->(:Finding)
DELETE l
RETURN count(*) AS deleted
