// Which of these documents are already stored (and must be removed before they are written again).
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN d.id AS id
