// Mentions: from the sentence they occur in (the document when the sentence is not stored) to the entity.
// CREATE, not MERGE: the write transaction read the stored mentions of these documents first, under the
// store's write lock, and sends only new ones, so re-running is idempotent.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
OPTIONAL MATCH (s:Sentence {id: row.sentenceId})
OPTIONAL MATCH (d:Document {id: CASE WHEN s IS NULL THEN row.doc END})
WITH e, row, coalesce(s, d) AS source
WHERE source IS NOT NULL
CREATE (source)-[m:MENTIONS]->(e)
SET m.doc = row.doc, m.start = toInteger(row.start), m.end = toInteger(row.end), m.text = row.text,
    m.sentence = toInteger(row.sentence), m.ord = toInteger(row.ord)
