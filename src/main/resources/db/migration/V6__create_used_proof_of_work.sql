-- Proof-of-work solutions already accepted, so none is accepted twice, whichever node it is sent
-- to. A solution is kept until its challenge has expired; then it could not be accepted anyway.
CREATE TABLE used_proof_of_work (
    digest      VARCHAR(64)   NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_used_proof_of_work PRIMARY KEY (digest)
);

CREATE INDEX ix_used_proof_of_work_expires ON used_proof_of_work (expires_at);
