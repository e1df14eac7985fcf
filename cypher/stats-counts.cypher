// Node and relation counts for `kg stats`. Relations are the relationships between entities.
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (s:Sentence) RETURN count(s) AS sentences }
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
RETURN documents, sentences, entities, relations
