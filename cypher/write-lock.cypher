// Starts every write transaction: takes the store-wide write lock (concurrent writers queue here)
// and returns the counters: `next` numbers new entities and relations in creation order,
// `writes` counts committed writes (a change nobody here made means another process wrote).
MERGE (m:KgMeta {id: 'kg'})
  ON CREATE SET m.next = 0, m.writes = 0
SET m.writes = m.writes + 1
RETURN m.next AS next, m.writes AS writes
