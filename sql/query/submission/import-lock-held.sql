-- Whether the session of the given server process still holds an advisory lock (the import's JobRunLock).
SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid = :pid)
