// Records on each document the subjects of the relations it gives evidence for,
// so that re-writing the document finds those relations without scanning every relationship.
UNWIND $rows AS row
MATCH (d:Document {id: row.doc})
SET d.relationSubjects = [x IN coalesce(d.relationSubjects, []) WHERE NOT x IN row.subjects] + row.subjects
