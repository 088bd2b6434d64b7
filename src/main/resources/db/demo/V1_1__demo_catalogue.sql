-- The demo catalogue: the dramas the seed articles discuss, with the facts those articles give and
-- facts that are well known and certain. Where the articles disagree or err, the certain fact wins
-- (one article spells the lead "Kim So-Hyun" and "Park Jiin-joo": they are Kim Soo-hyun and
-- Park Jin-joo). Unknown facts stay empty. Each article is cited by its headline, or by its opening
-- words where the copy we have carries no headline.

INSERT INTO shows (slug, title, native_title, network, studio, first_aired, last_aired, episode_count, synopsis,
                   official_status, status_source_title, status_source_url, status_changed_at, created_at, version)
VALUES
('its-okay-to-not-be-okay', 'It''s Okay to Not Be Okay', '사이코지만 괜찮아', 'tvN', 'Studio Dragon',
 DATE '2020-06-20', DATE '2020-08-09', 16,
 'Moon Gang-tae, a caregiver on a psychiatric ward who has spent his life looking after his older brother Sang-tae, meets Ko Moon-young, a celebrated and prickly author of children''s books. Directed by Park Shin-woo.',
 'UNANNOUNCED', NULL, NULL, NULL, CURRENT_TIMESTAMP, 0),
('crash-landing-on-you', 'Crash Landing on You', '사랑의 불시착', 'tvN', 'Studio Dragon',
 DATE '2019-12-14', DATE '2020-02-16', 16,
 'A paragliding accident carries South Korean chaebol heiress Yoon Se-ri across the border into North Korea, where she is hidden by Captain Ri Jeong-hyeok and the four soldiers of his company. Written by Park Ji-eun, directed by Lee Jeong-hyo.',
 'UNANNOUNCED', NULL, NULL, NULL, CURRENT_TIMESTAMP, 0),
('moon-lovers-scarlet-heart-ryeo', 'Moon Lovers: Scarlet Heart Ryeo', '달의 연인 – 보보경심 려', 'SBS', NULL,
 DATE '2016-08-29', DATE '2016-11-01', 20,
 'A woman from present-day Seoul wakes up in the Goryeo dynasty as Hae Soo and is drawn into the lives and rivalries of the king''s sons, above all the feared fourth prince, Wang So.',
 'UNANNOUNCED', NULL, NULL, NULL, CURRENT_TIMESTAMP, 0),
('romantic-doctor-teacher-kim', 'Romantic Doctor, Teacher Kim', '낭만닥터 김사부', 'SBS', NULL,
 DATE '2016-11-07', DATE '2017-01-17', 20,
 'At a small hospital far from Seoul, a genius surgeon who goes by "Teacher Kim" shows two young doctors what it means to be a real doctor.',
 'RENEWED', 'Crash Landing On You season 2 is still a trending topic online…', NULL,
 TIMESTAMP WITH TIME ZONE '2021-09-14 00:00:00+00', CURRENT_TIMESTAMP, 0),
('hospital-playlist', 'Hospital Playlist', '슬기로운 의사생활', 'tvN', NULL,
 DATE '2020-03-12', DATE '2020-05-28', 12,
 'Five doctors who have been friends since medical school work at the same hospital, and still play in a band together.',
 'RENEWED', 'Crash Landing On You season 2 is still a trending topic online…', NULL,
 TIMESTAMP WITH TIME ZONE '2021-09-14 00:00:00+00', CURRENT_TIMESTAMP, 0),
('goblin', 'Goblin', '쓸쓸하고 찬란하神 – 도깨비', 'tvN', NULL,
 DATE '2016-12-02', DATE '2017-01-21', 16,
 'Kim Shin, a Goryeo general cursed to live on as an immortal goblin, can only end his life with the help of his destined bride, a high-school student named Ji Eun-tak. Also known as Guardian: The Lonely and Great God.',
 'UNANNOUNCED', NULL, NULL, NULL, CURRENT_TIMESTAMP, 0),
('move-to-heaven', 'Move to Heaven', '무브 투 헤븐: 나는 유품정리사입니다', NULL, NULL,
 DATE '2021-05-14', DATE '2021-05-14', 10,
 'Han Geu-ru, a young man on the autism spectrum, runs a trauma-cleaning business with his uncle Cho Sang-gu, an ex-convict, and tells the stories of the people whose belongings they clear.',
 'UNANNOUNCED', NULL, NULL, NULL, CURRENT_TIMESTAMP, 0),
('my-name', 'My Name', '마이 네임', NULL, NULL,
 DATE '2021-10-15', DATE '2021-10-15', 8,
 'After her father is murdered, Yoon Ji-woo joins a drug ring and, on its boss''s orders, goes undercover in the police to find the killer.',
 'UNANNOUNCED', NULL, NULL, NULL, CURRENT_TIMESTAMP, 0);

-- Where the official word was last reported: the articles that say nothing has been announced.
UPDATE shows SET status_source_title = 'The South Korean drama ''It''s okay to Not be Okay'' left viewers speechless…',
                 status_changed_at = TIMESTAMP WITH TIME ZONE '2022-01-07 00:00:00+00'
 WHERE slug = 'its-okay-to-not-be-okay';
UPDATE shows SET status_source_title = 'Crash Landing On You season 2 is still a trending topic online…',
                 status_changed_at = TIMESTAMP WITH TIME ZONE '2021-09-14 00:00:00+00'
 WHERE slug IN ('crash-landing-on-you', 'moon-lovers-scarlet-heart-ryeo');

INSERT INTO show_platform (show_id, position, name)
SELECT s.id, v.position, v.name
  FROM shows s
  JOIN (VALUES ('its-okay-to-not-be-okay', 0, 'Netflix'),
               ('crash-landing-on-you', 0, 'Netflix'),
               ('hospital-playlist', 0, 'Netflix'),
               ('move-to-heaven', 0, 'Netflix'),
               ('my-name', 0, 'Netflix')) AS v (slug, position, name)
    ON v.slug = s.slug;

INSERT INTO show_cast_member (show_id, position, actor, role)
SELECT s.id, v.position, v.actor, v.role
  FROM shows s
  JOIN (VALUES ('its-okay-to-not-be-okay', 0, 'Kim Soo-hyun', 'Moon Gang-tae'),
               ('its-okay-to-not-be-okay', 1, 'Seo Yea-ji', 'Ko Moon-young'),
               ('its-okay-to-not-be-okay', 2, 'Oh Jung-se', 'Moon Sang-tae'),
               ('its-okay-to-not-be-okay', 3, 'Park Gyu-young', 'Nam Ju-ri'),
               ('its-okay-to-not-be-okay', 4, 'Kim Joo-hun', 'Lee Sang-in'),
               ('its-okay-to-not-be-okay', 5, 'Kwak Dong-yeon', 'Kwon Ki-do'),
               ('its-okay-to-not-be-okay', 6, 'Park Jin-joo', 'Yoo Seung-jae'),
               ('crash-landing-on-you', 0, 'Hyun Bin', 'Ri Jeong-hyeok'),
               ('crash-landing-on-you', 1, 'Son Ye-jin', 'Yoon Se-ri'),
               ('crash-landing-on-you', 2, 'Seo Ji-hye', 'Seo Dan'),
               ('crash-landing-on-you', 3, 'Kim Jung-hyun', 'Gu Seung-jun'),
               ('crash-landing-on-you', 4, 'Yang Kyung-won', 'Pyo Chi-su'),
               ('crash-landing-on-you', 5, 'Lee Shin-young', 'Park Kwang-beom'),
               ('crash-landing-on-you', 6, 'Yoo Su-bin', 'Kim Ju-meok'),
               ('crash-landing-on-you', 7, 'Tang Jun-sang', 'Geum Eun-dong'),
               ('crash-landing-on-you', 8, 'Kim Young-min', 'Jung Man-bok'),
               ('crash-landing-on-you', 9, 'Oh Man-seok', 'Cho Cheol-gang'),
               ('crash-landing-on-you', 10, 'Kim Sun-young', NULL),
               ('crash-landing-on-you', 11, 'Cha Chung-hwa', NULL),
               ('moon-lovers-scarlet-heart-ryeo', 0, 'Lee Joon-gi', 'Wang So'),
               ('moon-lovers-scarlet-heart-ryeo', 1, 'IU', 'Hae Soo'),
               ('moon-lovers-scarlet-heart-ryeo', 2, 'Kang Ha-neul', 'Wang Wook'),
               ('romantic-doctor-teacher-kim', 0, 'Han Suk-kyu', 'Kim Sa-bu (Teacher Kim)'),
               ('romantic-doctor-teacher-kim', 1, 'Yoo Yeon-seok', 'Kang Dong-joo'),
               ('romantic-doctor-teacher-kim', 2, 'Seo Hyun-jin', 'Yoon Seo-jung'),
               ('hospital-playlist', 0, 'Jo Jung-suk', 'Lee Ik-jun'),
               ('hospital-playlist', 1, 'Yoo Yeon-seok', 'Ahn Jeong-won'),
               ('hospital-playlist', 2, 'Jung Kyung-ho', 'Kim Jun-wan'),
               ('hospital-playlist', 3, 'Kim Dae-myung', 'Yang Seok-hyeong'),
               ('hospital-playlist', 4, 'Jeon Mi-do', 'Chae Song-hwa'),
               ('goblin', 0, 'Gong Yoo', 'Kim Shin'),
               ('goblin', 1, 'Kim Go-eun', 'Ji Eun-tak'),
               ('goblin', 2, 'Lee Dong-wook', 'The Grim Reaper'),
               ('goblin', 3, 'Yoo In-na', 'Sunny'),
               ('goblin', 4, 'Yook Sung-jae', 'Yoo Deok-hwa'),
               ('move-to-heaven', 0, 'Lee Je-hoon', 'Cho Sang-gu'),
               ('move-to-heaven', 1, 'Tang Jun-sang', 'Han Geu-ru'),
               ('move-to-heaven', 2, 'Hong Seung-hee', 'Yoon Na-mu'),
               ('my-name', 0, 'Han So-hee', 'Yoon Ji-woo'),
               ('my-name', 1, 'Park Hee-soon', 'Choi Mu-jin'),
               ('my-name', 2, 'Ahn Bo-hyun', 'Jeon Pil-do')) AS v (slug, position, actor, role)
    ON v.slug = s.slug;

INSERT INTO show_rating (show_id, position, agency, measure, percent)
SELECT s.id, v.position, v.agency, v.measure, v.percent
  FROM shows s
  JOIN (VALUES ('its-okay-to-not-be-okay', 0, 'Nielsen Korea', 'nationwide average', 5.40),
               ('crash-landing-on-you', 0, 'Nielsen Korea', 'final episode, nationwide', 21.70)) AS v (slug, position, agency, measure, percent)
    ON v.slug = s.slug;

INSERT INTO show_award (show_id, position, name, presenter, award_year)
SELECT s.id, v.position, v.name, v.presenter, v.award_year
  FROM shows s
  JOIN (VALUES ('its-okay-to-not-be-okay', 0, 'The Best International Shows of 2020', 'The New York Times', 2020),
               ('crash-landing-on-you', 0, 'Grand Prize (Daesang)', 'Korea Communications Commission Broadcasting Awards', 2021)) AS v (slug, position, name, presenter, award_year)
    ON v.slug = s.slug;

INSERT INTO show_petition (show_id, position, description, site, url, signature_count)
SELECT s.id, v.position, v.description, v.site, NULL, NULL
  FROM shows s
  JOIN (VALUES ('crash-landing-on-you', 0, 'Five petitions urging tvN and Netflix to renew the show for a second season', 'change.org'),
               ('moon-lovers-scarlet-heart-ryeo', 0, 'Fans around the world signed petitions online for a second season', NULL)) AS v (slug, position, description, site)
    ON v.slug = s.slug;

INSERT INTO show_source (show_id, position, title, publisher, url, published_on)
SELECT s.id, v.position, v.title, v.publisher, NULL, v.published_on
  FROM shows s
  JOIN (VALUES ('its-okay-to-not-be-okay', 0, 'Will It’s Okay to Not Be Okay Season 2 be Renewed? Find Out More in Here!', NULL, NULL),
               ('its-okay-to-not-be-okay', 1, 'It''s Okay to Not Be Okay: Is there any possibility for Season 2?', 'Devdiscourse', DATE '2020-08-27'),
               ('its-okay-to-not-be-okay', 2, 'The South Korean drama ''It''s okay to Not be Okay'' left viewers speechless…', NULL, DATE '2022-01-07'),
               ('crash-landing-on-you', 0, 'Crash Landing on You Season 2: Netflix Confirmed The Sequel? Rumors Updates', NULL, NULL),
               ('crash-landing-on-you', 1, 'Crash Landing On You season 2 is still a trending topic online…', NULL, DATE '2021-09-14'),
               ('moon-lovers-scarlet-heart-ryeo', 0, 'Crash Landing On You season 2 is still a trending topic online…', NULL, DATE '2021-09-14'),
               ('romantic-doctor-teacher-kim', 0, 'Crash Landing On You season 2 is still a trending topic online…', NULL, DATE '2021-09-14'),
               ('hospital-playlist', 0, 'Crash Landing On You season 2 is still a trending topic online…', NULL, DATE '2021-09-14'),
               ('goblin', 0, 'Crash Landing on You Season 2: Netflix Confirmed The Sequel? Rumors Updates', NULL, NULL),
               ('move-to-heaven', 0, 'Crash Landing on You Season 2: Netflix Confirmed The Sequel? Rumors Updates', NULL, NULL),
               ('my-name', 0, 'Crash Landing on You Season 2: Netflix Confirmed The Sequel? Rumors Updates', NULL, NULL)) AS v (slug, position, title, publisher, published_on)
    ON v.slug = s.slug;
