-- A source quotes the words in it that support what it is cited for (as ClaimReview pairs a claim
-- with the item reviewed), and a status names the words of its announcement.
ALTER TABLE show_source ADD COLUMN quote VARCHAR(600);
ALTER TABLE shows ADD COLUMN status_source_quote VARCHAR(600);
