// The benchmark's naive loader: one sentence and its link to its document.
MATCH (d:Document {id: $doc})
MERGE (s:Sentence {id: $id})
SET s.doc = $doc, s.index = $index, s.start = $start, s.end = $end, s.text = $text
MERGE (s)-[:IN_DOCUMENT]->(d)
