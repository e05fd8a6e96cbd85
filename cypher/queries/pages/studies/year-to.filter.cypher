x.year <= $yearTo
