x.id IN $ids
