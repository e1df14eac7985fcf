// How many writes the store has committed (tells a cached entity index whether it is still current).
OPTIONAL MATCH (m:KgMeta {id: 'kg'})
RETURN coalesce(m.writes, 0) AS writes
