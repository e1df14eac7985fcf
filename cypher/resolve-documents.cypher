// Documents named by id, by source path, or by the end of their source path.
MATCH (d:Document)
WHERE any(x IN $docs WHERE x = d.id OR x = d.source OR d.source ENDS WITH '/' + x)
RETURN d.id AS id
