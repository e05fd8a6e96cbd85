// Sets the given properties; a null value removes the property.
MATCH (s:Study {id: $id})
USING INDEX s:Study(id)
SET s += $props, s.contentHash = null
