// The sentences of the documents a write stores, each linked to its document, and the mentions in them:
// grouped by document, then by sentence, so each document and each sentence is sought once.
// A mention's MENTIONS is CREATEd, not MERGEd: the write transaction read the stored mentions of these
// documents first, under the store's write lock, and sends only new ones, so re-running is idempotent.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
CALL (d, row) {
  UNWIND row.sentences AS sr
  MERGE (s:Sentence {id: sr.id})
  SET s += {doc: row.doc, index: toInteger(sr.index), start: toInteger(sr.start), end: toInteger(sr.end), text: sr.text}
  MERGE (s)-[:IN_DOCUMENT]->(d)
  WITH s, sr
  UNWIND sr.mentions AS mr
  MATCH (e:Entity {id: mr.entity})
  CREATE (s)-[m:MENTIONS]->(e)
  SET m.doc = row.doc, m.start = toInteger(mr.start), m.end = toInteger(mr.end), m.text = mr.text,
      m.sentence = toInteger(sr.index), m.ord = toInteger(mr.ord)
}
