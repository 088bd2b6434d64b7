-- PostgreSQL only (db/vendor/postgresql): rate-limit buckets are short-lived counters that nobody
-- needs after a crash, so they skip the write-ahead log. A transaction that writes only them then
-- commits without waiting for the disk, and a vote's limit check costs round trips, not an fsync.
-- After a crash PostgreSQL empties the table: every bucket is full again, as after a quiet minute.
ALTER TABLE rate_limit_bucket SET UNLOGGED;
