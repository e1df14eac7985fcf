// The benchmark's naive loader, one statement (and one transaction) per item: a document.
MERGE (d:Document {id: $id})
SET d.source = $source
