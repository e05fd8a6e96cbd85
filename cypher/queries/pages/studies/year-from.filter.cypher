x.year >= $yearFrom
