-- The server process of this session (the one that holds the import lock).
SELECT pg_backend_pid()
