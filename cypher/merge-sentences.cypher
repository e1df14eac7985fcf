// Sentences, each linked to its document.
UNWIND $rows AS row
MERGE (s:Sentence {id: row.id})
SET s += {doc: row.doc, index: toInteger(row.index), start: toInteger(row.start), end: toInteger(row.end), text: row.text}
WITH s, row
MATCH (d:Document {id: row.doc})
MERGE (s)-[:IN_DOCUMENT]->(d)
