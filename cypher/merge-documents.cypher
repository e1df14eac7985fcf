// Documents of a write; each was removed first if it existed, so its properties are replaced whole.
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row
