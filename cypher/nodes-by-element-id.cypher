// Nodes by element id (the ends of relationships a query returned without their nodes).
UNWIND $eids AS eid
MATCH (n)
WHERE elementId(n) = eid
RETURN n
