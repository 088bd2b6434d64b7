-- Demo rumors, drawn from the claims the seed articles make, with the article as the source, in
-- each moderation state and verdict. The articles give no links, so the source is their title.
-- Submitted by one demo fan; decided by the demo moderator "demo".

INSERT INTO rumor (show_id, headline, details, source_url, source_title, source_kind, first_seen, submitted_by,
                   submitted_at, moderation_state, reported_back, rejection_reason, published_at, decided_by, verdict,
                   verdict_note, verdict_evidence_url, version)
SELECT s.id, v.headline, v.details, NULL, v.source_title, v.source_kind, v.first_seen,
       CAST('00000000-0000-4000-8000-00000000de40' AS UUID), v.submitted_at, v.state, v.reported_back, v.rejection_reason,
       v.published_at, v.decided_by, v.verdict, v.verdict_note, NULL, 0
  FROM shows s
  JOIN (VALUES
    ('its-okay-to-not-be-okay', 'Season 2 of It''s Okay to Not Be Okay has been cancelled',
     'A rumour in the web world says the second season was cancelled because of the pandemic.',
     'It''s Okay to Not Be Okay: Is there any possibility for Season 2?', 'PRESS', DATE '2020-08-27',
     TIMESTAMP WITH TIME ZONE '2020-08-28 09:00:00+00', 'PUBLISHED', FALSE, CAST(NULL AS VARCHAR(500)),
     TIMESTAMP WITH TIME ZONE '2020-08-28 12:00:00+00', 'demo', 'DOUBTFUL',
     'The same article says there is no official claim supporting it.'),
    ('its-okay-to-not-be-okay', 'It''s Okay to Not Be Okay season 2 will come out in summer 2021',
     'Fans expected a comeback in summer 2021 because season 1 took about six months to make.',
     'Will It’s Okay to Not Be Okay Season 2 be Renewed? Find Out More in Here!', 'FAN_SITE', DATE '2020-09-01',
     TIMESTAMP WITH TIME ZONE '2020-09-02 09:00:00+00', 'PUBLISHED', FALSE, NULL,
     TIMESTAMP WITH TIME ZONE '2020-09-02 12:00:00+00', 'demo', 'DEBUNKED',
     'No second season aired in 2021.'),
    ('its-okay-to-not-be-okay', 'Netflix will renew it because it picked the series for a global audience',
     'A popular fan theory: when Netflix streams a K-drama worldwide and it becomes popular, a sequel follows.',
     'The South Korean drama ''It''s okay to Not be Okay'' left viewers speechless…', 'PRESS', DATE '2022-01-07',
     TIMESTAMP WITH TIME ZONE '2022-01-08 09:00:00+00', 'PENDING', FALSE, NULL, NULL, NULL, 'UNVERIFIED', NULL),
    ('crash-landing-on-you', 'Netflix has confirmed a Crash Landing on You sequel',
     'Some websites claimed the renewal was confirmed.',
     'Crash Landing on You Season 2: Netflix Confirmed The Sequel? Rumors Updates', 'FAN_SITE', DATE '2020-12-01',
     TIMESTAMP WITH TIME ZONE '2020-12-02 09:00:00+00', 'PUBLISHED', FALSE, NULL,
     TIMESTAMP WITH TIME ZONE '2020-12-02 12:00:00+00', 'demo', 'DEBUNKED',
     'The article itself says neither Studio Dragon nor Netflix announced anything.'),
    ('crash-landing-on-you', 'Hyun Bin and Son Ye-jin both said they would like to work together again',
     'Son Ye-jin said so in an interview with The Glass Magazine in July 2021; Hyun Bin at a fan meeting in August.',
     'Crash Landing On You season 2 is still a trending topic online…', 'PRESS', DATE '2021-09-14',
     TIMESTAMP WITH TIME ZONE '2021-09-15 09:00:00+00', 'PUBLISHED', FALSE, NULL,
     TIMESTAMP WITH TIME ZONE '2021-09-15 12:00:00+00', 'demo', 'CONFIRMED',
     'Both statements are quoted in the article; neither is an announcement of a second season.'),
    ('crash-landing-on-you', 'Crash Landing on You will be renewed in 2022',
     'The writer thinks the show will be renewed in 2022.',
     'Crash Landing on You Season 2: Netflix Confirmed The Sequel? Rumors Updates', 'FAN_SITE', DATE '2020-12-01',
     TIMESTAMP WITH TIME ZONE '2020-12-03 09:00:00+00', 'REJECTED', FALSE, 'Speculation, not a claim',
     NULL, 'demo', 'UNVERIFIED', NULL),
    ('moon-lovers-scarlet-heart-ryeo', 'Moon Lovers: Scarlet Heart Ryeo is still waiting for a second season',
     'As of September 2021 the show had not been renewed.',
     'Crash Landing On You season 2 is still a trending topic online…', 'PRESS', DATE '2021-09-14',
     TIMESTAMP WITH TIME ZONE '2021-09-15 10:00:00+00', 'PUBLISHED', FALSE, NULL,
     TIMESTAMP WITH TIME ZONE '2021-09-15 12:00:00+00', 'demo', 'UNVERIFIED', NULL),
    ('romantic-doctor-teacher-kim', 'Romantic Doctor, Teacher Kim returned with a second season on SBS',
     'It took over three years for the medical drama to return.',
     'Crash Landing On You season 2 is still a trending topic online…', 'PRESS', DATE '2021-09-14',
     TIMESTAMP WITH TIME ZONE '2021-09-15 11:00:00+00', 'PUBLISHED', FALSE, NULL,
     TIMESTAMP WITH TIME ZONE '2021-09-15 12:00:00+00', 'demo', 'CONFIRMED',
     'The network aired the second season.'),
    ('hospital-playlist', 'Hospital Playlist is a preplanned series with more seasons',
     'Preplanned series such as Hospital Playlist took a year-long break before their sequel.',
     'Crash Landing On You season 2 is still a trending topic online…', 'PRESS', DATE '2021-09-14',
     TIMESTAMP WITH TIME ZONE '2021-09-15 11:30:00+00', 'PENDING', TRUE, NULL,
     TIMESTAMP WITH TIME ZONE '2021-09-15 12:00:00+00', 'demo', 'LIKELY', NULL)
  ) AS v (slug, headline, details, source_title, source_kind, first_seen, submitted_at, state, reported_back,
          rejection_reason, published_at, decided_by, verdict, verdict_note)
    ON v.slug = s.slug;

-- The reported one: three fans sent it back to the queue.
INSERT INTO rumor_report (rumor_id, fan_id, reason, reported_at)
SELECT r.id, CAST(v.fan_id AS UUID), v.reason, TIMESTAMP WITH TIME ZONE '2021-09-20 09:00:00+00'
  FROM rumor r
  JOIN (VALUES ('00000000-0000-4000-8000-00000000de41', 'The headline overstates the article'),
               ('00000000-0000-4000-8000-00000000de42', 'Season 2 already aired; this is old news'),
               ('00000000-0000-4000-8000-00000000de43', 'Misleading')) AS v (fan_id, reason)
    ON r.headline = 'Hospital Playlist is a preplanned series with more seasons';
