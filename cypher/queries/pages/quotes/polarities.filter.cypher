// Leaves off the labels its relationship types imply (SPOKEN_BY ends at a participant, IN_DOMAIN at a domain) and tests a
// theme with labels(): a label in the pattern lets 3.1 plan a scan of that label per row when its statistics say it is (nearly) empty.
x.polarity IN $polarities OR (x.polarity IS NULL AND size([(x)-[:EVIDENCES]->(t) WHERE 'Theme' IN labels(t) AND t.polarity IN $polarities | t]) > 0)
