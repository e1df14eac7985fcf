// Creates the relations a write adds. The relationship type is the sanitized predicate
// (src/graph/sanitize.ts) passed as a parameter: a Cypher 5.26 dynamic type, never text spliced in.
// CREATE, not MERGE: the write transaction read these ids first under the store's write lock and found
// none (a dynamic-type MERGE would scan every relationship of the database), so re-running is idempotent.
UNWIND $rows AS row
MATCH (a:Entity {id: row.subject}), (b:Entity {id: row.object})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props,
    r.seq = toInteger(row.seq),
    r.sentences = [x IN row.sentences | toInteger(x)],
    r.starts = [x IN row.starts | toInteger(x)],
    r.ends = [x IN row.ends | toInteger(x)]
