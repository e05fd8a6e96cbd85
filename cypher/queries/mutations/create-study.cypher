CREATE (s:Study {id: $id})
SET s += $props, s.contentHash = null
