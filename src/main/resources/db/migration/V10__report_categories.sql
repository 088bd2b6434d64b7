-- A fan's report names what is wrong in a category; the words are needed only for "something else".
-- Reports sent before categories were words only: they are "something else" with their words.
ALTER TABLE rumor_report ADD COLUMN category VARCHAR(20) DEFAULT 'OTHER' NOT NULL;
ALTER TABLE rumor_report ADD CONSTRAINT ck_rumor_report_category
    CHECK (category IN ('WRONG_SOURCE', 'SPOILER', 'ABUSE', 'DUPLICATE', 'OTHER'));
ALTER TABLE rumor_report ALTER COLUMN reason DROP NOT NULL;
