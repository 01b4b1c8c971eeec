-- The server process of this session (the one that holds a job run lock).
SELECT pg_backend_pid()
