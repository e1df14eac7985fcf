// The benchmark empties the database between runs, in batches (needs an implicit transaction).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
