// Waits until freshly created indexes are online, so the first write can use them.
CALL db.awaitIndexes(300)
