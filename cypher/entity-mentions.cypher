// One entity with its mentions in order, each with the text of its sentence.
MATCH (e:Entity {id: $id})
OPTIONAL MATCH (source:Sentence|Document)-[m:MENTIONS]->(e)
WITH e, m, source
ORDER BY m.ord
RETURN properties(e) AS props,
       collect(CASE WHEN m IS NULL THEN null ELSE m {.doc, .start, .end, .text, .sentence,
         sentenceText: CASE WHEN source:Sentence THEN source.text END,
         sentenceStart: CASE WHEN source:Sentence THEN source.start END} END) AS mentions
