// The relations a document gives evidence for, found through the subjects it recorded
// (relationship properties are not indexed across types). Returns each one's evidence arrays.
MATCH (d:Document {id: $doc})
UNWIND coalesce(d.relationSubjects, []) AS subject
MATCH (a:Entity {id: subject})-[r]->(b:Entity)
WHERE r.docs IS NOT NULL AND $doc IN r.docs
RETURN DISTINCT a.id AS subject, b.id AS object, properties(r) AS props
