-- Rate limits that every node shares on PostgreSQL (Bucket4j's JDBC backend): one token bucket per
-- limited fan or address, its state as Bucket4j serialises it, and when it would be full again (a
-- bucket is deleted then). A single node on H2 keeps its buckets in memory and leaves this empty.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(120) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
