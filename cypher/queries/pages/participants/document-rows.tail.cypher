// The tail of every participants page query when no order is asked for: the page's rows of what its match part
// found (bound as x), in the studies' own order, cut to one row more than the page (the extra row says that a next
// page exists). rows.tail.cypher sorts by the order asked instead; its sort keys, evaluated for every match even
// when null, made the first page of a 10,000-quote study's quotes 1.6x slower.
WITH x ORDER BY x.studyId, x.ordinal, x.id
LIMIT $skip + $limit + 1
WITH collect(x) AS top
UNWIND top[$skip..] AS x
RETURN x.id AS id, x.label AS label, x.site AS site, x.attributes AS attributes
