// Ends every write transaction: stores the next free creation number.
MATCH (m:KgMeta {id: 'kg'})
SET m.next = toInteger($next)
