// Connectivity check: one round trip that also proves the credentials and the database name.
RETURN 1 AS ok
