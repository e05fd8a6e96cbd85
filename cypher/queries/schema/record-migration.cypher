MERGE (m:SchemaMigration {id: $id})
ON CREATE SET m.appliedAt = $appliedAt
