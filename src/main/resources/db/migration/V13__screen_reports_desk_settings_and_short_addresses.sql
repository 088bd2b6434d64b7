-- What a registered screen reports while it runs (every few seconds: when it last loaded, which shows
-- it rotates through, its browser), what staff set for it on the desk (its settings, a reload, its
-- allowance of new fans an hour; empty: as its own address says, the site's default allowance), and
-- its credential's rotation (the one before the newest is accepted for a short while after).
ALTER TABLE kiosk_screen ADD COLUMN loaded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE kiosk_screen ADD COLUMN showing VARCHAR(1000);
ALTER TABLE kiosk_screen ADD COLUMN browser VARCHAR(200);
ALTER TABLE kiosk_screen ADD COLUMN settings VARCHAR(1000);
ALTER TABLE kiosk_screen ADD COLUMN reload_requested_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE kiosk_screen ADD COLUMN allowance INTEGER;
ALTER TABLE kiosk_screen ADD COLUMN previous_credential_hash VARCHAR(64);
ALTER TABLE kiosk_screen ADD COLUMN credential_issued_at TIMESTAMP WITH TIME ZONE;

-- The short address a registered screen prints below its QR code (/v/K7Q2X): it stands for one show
-- with one venue token, and expires with that token.
CREATE TABLE kiosk_short_address (
    code        VARCHAR(8)   NOT NULL PRIMARY KEY,
    screen_id   BIGINT       NOT NULL REFERENCES kiosk_screen (id),
    show_slug   VARCHAR(200) NOT NULL,
    token       VARCHAR(40)  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_kiosk_short_address_expires ON kiosk_short_address (expires_at);
