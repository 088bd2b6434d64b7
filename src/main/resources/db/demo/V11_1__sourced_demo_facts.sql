-- Every fact group of the eight seed dramas cites a page that states it, with its link and the words
-- in it that say so. A seed article is a source only for what it says (the International Business
-- Times piece of 14 September 2021 is the one whose address is known); the other pages are
-- encyclopedia articles and news or review pages that name the drama. A fact no linked page states
-- is left out: the ratings of It's Okay to Not Be Okay and Crash Landing on You (only the seed
-- articles without a link give them), and cast members and roles no page here names.

-- ── The facts themselves, as the sources state them ─────────────────────────────────────────────
UPDATE shows SET synopsis = 'A tornado sweeps South Korean chaebol heiress Yoon Se-ri across the border while she is paragliding, and she lands in North Korea, where Ri Jeong-hyeok, a captain in the Korean People''s Army, hides and protects her. Written by Park Ji-eun, directed by Lee Jung-hyo.'
 WHERE slug = 'crash-landing-on-you';
UPDATE shows SET synopsis = 'During a total solar eclipse, a woman of the 21st century is carried back to the Goryeo period and wakes up in the body of Hae Soo, among the princes of the ruling Wang family: she falls first for the gentle 8th Prince, Wang Wook, and then for the fearsome 4th Prince, Wang So.'
 WHERE slug = 'moon-lovers-scarlet-heart-ryeo';
UPDATE shows SET synopsis = 'A surgeon who was once at the top of his field changes his name to Kim Sa-bu and works at Doldam, a small hospital in Gangwon Province, where he guides two young doctors, Kang Dong-joo and Yoon Seo-jeong, to become great doctors.',
                 last_aired = DATE '2017-01-16'
 WHERE slug = 'romantic-doctor-teacher-kim';
UPDATE shows SET synopsis = 'Five doctors in their forties, friends since medical school, work at the Yulje Medical Centre and play in a band together.'
 WHERE slug = 'hospital-playlist';
UPDATE shows SET synopsis = 'Kim Shin, a decorated general of the Goryeo Dynasty betrayed by the king he served, is turned into an immortal goblin and longs to find the prophesied human bride who can set his soul free; Ji Eun-tak, a high-school senior, may be that bride. Also known as Guardian: The Lonely and Great God.'
 WHERE slug = 'goblin';
UPDATE shows SET synopsis = 'After his father''s sudden death, Han Geu-ru, a young man with Asperger syndrome, runs the family trauma-cleaning company, Move to Heaven, with his ex-convict uncle Cho Sang-gu, and in the course of their work they uncover the untold stories of the people whose belongings they clear.'
 WHERE slug = 'move-to-heaven';
UPDATE shows SET synopsis = 'After witnessing her father''s murder, Yoon Ji-woo joins the drug ring he belonged to and is sent by its boss, Choi Mu-jin, into the police as a mole to hunt down the killer.'
 WHERE slug = 'my-name';
UPDATE shows SET synopsis = 'Moon Gang-tae, a caregiver on a psychiatric ward who looks after his older brother Sang-tae, on the autism spectrum, meets Ko Moon-young, a popular author of children''s books. Directed by Park Shin-woo.'
 WHERE slug = 'its-okay-to-not-be-okay';

DELETE FROM show_rating WHERE show_id IN (SELECT id FROM shows WHERE slug IN ('its-okay-to-not-be-okay', 'crash-landing-on-you'));

DELETE FROM show_cast_member WHERE show_id IN (SELECT id FROM shows WHERE slug IN ('its-okay-to-not-be-okay',
    'crash-landing-on-you', 'moon-lovers-scarlet-heart-ryeo', 'romantic-doctor-teacher-kim', 'hospital-playlist',
    'goblin', 'move-to-heaven', 'my-name'));
INSERT INTO show_cast_member (show_id, position, actor, role)
SELECT s.id, v.position, v.actor, v.role
  FROM shows s
  JOIN (VALUES ('its-okay-to-not-be-okay', 0, 'Kim Soo-hyun', 'Moon Gang-tae'),
               ('its-okay-to-not-be-okay', 1, 'Seo Yea-ji', 'Ko Moon-young'),
               ('its-okay-to-not-be-okay', 2, 'Oh Jung-se', 'Moon Sang-tae'),
               ('its-okay-to-not-be-okay', 3, 'Park Gyu-young', 'Nam Ju-ri'),
               ('its-okay-to-not-be-okay', 4, 'Kim Joo-hun', 'Lee Sang-in'),
               ('its-okay-to-not-be-okay', 5, 'Park Jin-joo', 'Yoo Seung-jae'),
               ('crash-landing-on-you', 0, 'Hyun Bin', 'Ri Jeong-hyeok'),
               ('crash-landing-on-you', 1, 'Son Ye-jin', 'Yoon Se-ri'),
               ('crash-landing-on-you', 2, 'Seo Ji-hye', 'Seo Dan'),
               ('crash-landing-on-you', 3, 'Kim Jung-hyun', 'Gu Seung-jun'),
               ('crash-landing-on-you', 4, 'Oh Man-seok', 'Cho Cheol-gang'),
               ('crash-landing-on-you', 5, 'Yang Kyung-won', NULL),
               ('crash-landing-on-you', 6, 'Yoo Su-bin', NULL),
               ('crash-landing-on-you', 7, 'Lee Shin-young', NULL),
               ('crash-landing-on-you', 8, 'Tang Jun-sang', NULL),
               ('crash-landing-on-you', 9, 'Kim Young-min', NULL),
               ('moon-lovers-scarlet-heart-ryeo', 0, 'Lee Joon-gi', 'Wang So'),
               ('moon-lovers-scarlet-heart-ryeo', 1, 'IU (Lee Ji-eun)', 'Hae Soo'),
               ('moon-lovers-scarlet-heart-ryeo', 2, 'Kang Ha-neul', 'Wang Wook'),
               ('romantic-doctor-teacher-kim', 0, 'Han Suk-kyu', 'Kim Sa-bu (Teacher Kim)'),
               ('romantic-doctor-teacher-kim', 1, 'Yoo Yeon-seok', 'Kang Dong-joo'),
               ('romantic-doctor-teacher-kim', 2, 'Seo Hyun-jin', 'Yoon Seo-jeong'),
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
               ('move-to-heaven', 2, 'Hong Seung-hee', NULL),
               ('my-name', 0, 'Han So-hee', 'Yoon Ji-woo'),
               ('my-name', 1, 'Park Hee-soon', 'Choi Mu-jin'),
               ('my-name', 2, 'Ahn Bo-hyun', NULL)) AS v (slug, position, actor, role)
    ON v.slug = s.slug;

-- ── The official word, with the words that give it ─────────────────────────────────────────────
UPDATE shows SET status_source_title = 'Lee Sung Kyung And Ahn Hyo Seop To Join Han Suk Kyu In “Romantic Doctor, Teacher Kim” Sequel',
                 status_source_url = 'https://www.hellokpop.com/kdrama/lee-sung-kyung-and-ahn-hyo-seop-confirmed-season-2-romantic-doctor-teacher-kim/',
                 status_source_quote = 'On September 18, SBS formally announced the production of the second season will commence soon.',
                 status_changed_at = TIMESTAMP WITH TIME ZONE '2019-09-18 00:00:00+00'
 WHERE slug = 'romantic-doctor-teacher-kim';
UPDATE shows SET status_source_title = '“Hospital Playlist” Season 2 Confirms Premiere Date + Releases Script Reading Photos',
                 status_source_url = 'https://www.hellokpop.com/kdrama/hospital-playlist-season-2-confirms-premiere-date-releases-script-reading-photos/',
                 status_source_quote = 'After over a year of waiting, tvN confirms that the first episode of Hospital Playlist Season 2 will air on June 17.'
 WHERE slug = 'hospital-playlist';
UPDATE shows SET status_source_url = 'https://www.ibtimes.sg/crash-landing-you-season-2-everything-know-about-series-renewal-60208',
                 status_source_quote = 'Crash Landing On You season 2 is still a trending topic online because the fans are desperately waiting to hear its renewal news from Netflix or tvN.'
 WHERE slug = 'crash-landing-on-you';
UPDATE shows SET status_source_url = 'https://www.ibtimes.sg/crash-landing-you-season-2-everything-know-about-series-renewal-60208',
                 status_source_quote = 'It is also worth noting that Moon Lovers Scarlet Heart Ryeo is yet to be renewed for a second season.'
 WHERE slug = 'moon-lovers-scarlet-heart-ryeo';
UPDATE shows SET status_source_quote = 'Although The Studio Dragon has not yet made any official announcement, but it has almost more than one and a half years and fans still are hopeful that It''s Okay to Not Be Okay Season 2 will come in future.'
 WHERE slug = 'its-okay-to-not-be-okay';

-- ── Sources: one row per fact group it supports, each with its words ───────────────────────────
DELETE FROM show_source WHERE show_id IN (SELECT id FROM shows WHERE slug IN ('its-okay-to-not-be-okay',
    'crash-landing-on-you', 'moon-lovers-scarlet-heart-ryeo', 'romantic-doctor-teacher-kim', 'hospital-playlist',
    'goblin', 'move-to-heaven', 'my-name'));
INSERT INTO show_source (show_id, position, title, publisher, url, published_on, covers, quote)
SELECT s.id, v.position, v.title, v.publisher, v.url, CAST(v.published_on AS DATE), v.covers, v.quote
  FROM shows s
  JOIN (VALUES
  ('its-okay-to-not-be-okay', 0, 'It is Okay to Not Be Okay | KDrama | An Ambling Review', 'Vidya''s Book Journal',
   'https://vidyasbookjournal.com/2021/03/25/it-is-okay-to-not-be-okay-kdrama-an-ambling-review/', '2021-03-25', 'TITLES',
   'Hangul: 사이코지만 괜찮아'),
  ('its-okay-to-not-be-okay', 1, 'It is Okay to Not Be Okay | KDrama | An Ambling Review', 'Vidya''s Book Journal',
   'https://vidyasbookjournal.com/2021/03/25/it-is-okay-to-not-be-okay-kdrama-an-ambling-review/', '2021-03-25', 'BROADCAST',
   'Created by: Studio Dragon … Number of Episodes: 16 episodes … Original Release: June 20 – August 9, 2020 … Original Network: tvN'),
  ('its-okay-to-not-be-okay', 2, 'It is Okay to Not Be Okay | KDrama | An Ambling Review', 'Vidya''s Book Journal',
   'https://vidyasbookjournal.com/2021/03/25/it-is-okay-to-not-be-okay-kdrama-an-ambling-review/', '2021-03-25', 'CAST',
   'Kim Soo-hyun as Moon Gang-tae … Seo Yea-ji as Ko Moon-young … Oh Jung-se as Moon Sang-tae … Park Gyu-young as Nam Ju-ri … Kim Joo-hun as Lee Sang-in … Park Jin-joo as Yoo Seung-jae'),
  ('its-okay-to-not-be-okay', 3, '3 Reasons Why ‘It’s Okay to Not Be Okay’ is Not Your Typical Netflix K-Drama', 'ClickTheCity',
   'https://www.clickthecity.com/tv/article/57709/3-reasons-why-its-okay-to-not-be-okay-is-not-your-typical-netflix-k-drama/', NULL, 'SYNOPSIS',
   'The 16-episode drama centers on Moon Gang Tae, a caregiver working in a psychiatric ward who’s tasked to take care of his older brother Sang Tae, who’s on the autism spectrum. Fate leads him to meet the popular children’s book author Ko Mun Yeong'),
  ('its-okay-to-not-be-okay', 4, '3 Reasons Why ‘It’s Okay to Not Be Okay’ is Not Your Typical Netflix K-Drama', 'ClickTheCity',
   'https://www.clickthecity.com/tv/article/57709/3-reasons-why-its-okay-to-not-be-okay-is-not-your-typical-netflix-k-drama/', NULL, 'BROADCAST',
   'Netflix’s newest Korean drama is coming to the streaming site next week'),
  ('its-okay-to-not-be-okay', 5, 'It is Okay to Not Be Okay | KDrama | An Ambling Review', 'Vidya''s Book Journal',
   'https://vidyasbookjournal.com/2021/03/25/it-is-okay-to-not-be-okay-kdrama-an-ambling-review/', '2021-03-25', 'SYNOPSIS',
   'Directed by: Park Shin-woo'),
  ('its-okay-to-not-be-okay', 6, '''It''s Okay To Not Be Okay'' Honored In New York Times'' ''Best International Shows Of 2020''', 'KoreaPortal',
   'http://en.koreaportal.com/amp/articles/47437/20201204/okay-honored-new-york-times-best-international-shows-2020.htm', '2020-12-04', 'AWARDS',
   'Among those that landed on the newspaper''s "Best International Shows of 2020" is the award-winning and one of the highest-rated K-Dramas, "It''s Okay To Not Be Okay."'),

  ('crash-landing-on-you', 0, 'Crash Landing on You — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Crash_Landing_on_You', NULL, 'TITLES',
   'Crash Landing on You … 사랑의 불시착'),
  ('crash-landing-on-you', 1, 'Crash Landing on You — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Crash_Landing_on_You', NULL, 'BROADCAST',
   'Produced by Studio Dragon and Culture Depot … Comprising 16 episodes, Crash Landing on You aired on tvN from December 14, 2019 to February 16, 2020, and was distributed globally by Netflix.'),
  ('crash-landing-on-you', 2, 'Crash Landing on You — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Crash_Landing_on_You', NULL, 'SYNOPSIS',
   'written by Park Ji-eun, directed by Lee Jung-hyo … The series follows Yoon Se-ri, a South Korean chaebol who is swept across the border by a tornado while paragliding and lands in North Korea. She meets Ri Jeong-hyeok, a Captain in the Korean People''s Army, who hides and protects her.'),
  ('crash-landing-on-you', 3, 'Crash Landing on You — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Crash_Landing_on_You', NULL, 'CAST',
   'starring Hyun Bin, Son Ye-jin, Kim Jung-hyun, and Seo Ji-hye. The series follows Yoon Se-ri … She meets Ri Jeong-hyeok … A subplot involves Gu Seung-jun, a fraudster seeking refuge in the North, and Seo Dan, a musician and Jeong-hyeok''s fiancée.'),
  ('crash-landing-on-you', 4, 'Crash Landing on You (2019)', 'ClickTheCity', 'https://www.clickthecity.com/tv/series/NokJc4/crash-landing-on-you', NULL, 'CAST',
   'Cho Cheol-gang (Oh Man-seok) … Main Cast Hyun Bin, Son Ye-jin, Seo Ji-hye, Kim Jung-hyun, Yang Kyung-won, Yoo Su-bin, Lee Shin-young, Tang Joon-sang, Kim Young-min'),
  ('crash-landing-on-you', 5, 'Crash Landing On You season 2 is still a trending topic online…', 'International Business Times Singapore',
   'https://www.ibtimes.sg/crash-landing-you-season-2-everything-know-about-series-renewal-60208', '2021-09-14', 'AWARDS',
   'The drama bagged the grand prize (daesang) at the Korea Communications Commission Broadcasting Awards 2021 on September 13.'),
  ('crash-landing-on-you', 6, 'Crash Landing On You season 2 is still a trending topic online…', 'International Business Times Singapore',
   'https://www.ibtimes.sg/crash-landing-you-season-2-everything-know-about-series-renewal-60208', '2021-09-14', 'PETITIONS',
   'The fans filed a total of five petitions on change.org urging tvN and Netflix to renew the show for a second season.'),

  ('moon-lovers-scarlet-heart-ryeo', 0, 'Moon Lovers: Scarlet Heart Ryeo — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Moon_Lovers:_Scarlet_Heart_Ryeo', NULL, 'TITLES',
   'Moon Lovers: Scarlet Heart Ryeo … 달의 연인 - 보보경심 려'),
  ('moon-lovers-scarlet-heart-ryeo', 1, 'Moon Lovers: Scarlet Heart Ryeo — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Moon_Lovers:_Scarlet_Heart_Ryeo', NULL, 'BROADCAST',
   'It aired from August 29 to November 1, 2016, on SBS, every Monday and Tuesday at 22:00 (KST), for 20 episodes.'),
  ('moon-lovers-scarlet-heart-ryeo', 2, 'Moon Lovers: Scarlet Heart Ryeo — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Moon_Lovers:_Scarlet_Heart_Ryeo', NULL, 'SYNOPSIS',
   'During a total solar eclipse, a 25-year-old 21st-century woman, Go Ha-jin (Lee Ji-eun), is transported back in time, to the Goryeo period. She wakes up in the year of 941, in the body of Hae Soo, among the many princes of the ruling Wang family … She initially falls in love with the gentle and warm-hearted 8th Prince Wang Wook (Kang Ha-neul), but later develops a relationship with Wang So (Lee Joon-gi), the fearsome 4th Prince'),
  ('moon-lovers-scarlet-heart-ryeo', 3, 'Moon Lovers: Scarlet Heart Ryeo — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Moon_Lovers:_Scarlet_Heart_Ryeo', NULL, 'CAST',
   'Go Ha-jin (Lee Ji-eun) … in the body of Hae Soo … 8th Prince Wang Wook (Kang Ha-neul) … Wang So (Lee Joon-gi)'),
  ('moon-lovers-scarlet-heart-ryeo', 4, 'Crash Landing On You season 2 is still a trending topic online…', 'International Business Times Singapore',
   'https://www.ibtimes.sg/crash-landing-you-season-2-everything-know-about-series-renewal-60208', '2021-09-14', 'PETITIONS',
   'After Moon Lovers Scarlet Heart Ryeo and Romantic Doctor Teacher Kim, this tvN mini-series could be the first K-drama to reunite Korean drama lovers worldwide to sign petitions online.'),

  ('romantic-doctor-teacher-kim', 0, 'Dr. Romantic — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Dr._Romantic', NULL, 'TITLES',
   'Dr. Romantic … 낭만닥터 김사부 … lit. Romantic Doctor, Teacher Kim'),
  ('romantic-doctor-teacher-kim', 1, 'Dr. Romantic — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Dr._Romantic', NULL, 'BROADCAST',
   'It aired on SBS every Monday and Tuesday at 22:00 (KST) for 20 episodes from November 7, 2016 to January 16, 2017.'),
  ('romantic-doctor-teacher-kim', 2, 'Dr. Romantic — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Dr._Romantic', NULL, 'SYNOPSIS',
   'who was once at the top of his field … he disappears and changes his name to Kim Sa-bu. He begins working at a small hospital named Doldam, located in Gangwon Province. He guides Kang Dong-joo (Yoo Yeon-seok) and Yoon Seo-jeong (Seo Hyun-jin) to become great doctors'),
  ('romantic-doctor-teacher-kim', 3, 'Dr. Romantic — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Dr._Romantic', NULL, 'CAST',
   'starring Han Suk-kyu as the title character with Yoo Yeon-seok and Seo Hyun-jin … Kang Dong-joo (Yoo Yeon-seok) and Yoon Seo-jeong (Seo Hyun-jin)'),

  ('hospital-playlist', 0, 'Hospital Playlist (Season 1)', 'Kepoper', 'https://en.kepoper.com/hospital-playlist-season-1/', NULL, 'TITLES',
   'International Title: Hospital Playlist … Original Title: 슬기로운 의사생활'),
  ('hospital-playlist', 1, 'Hospital Playlist (Season 1)', 'Kepoper', 'https://en.kepoper.com/hospital-playlist-season-1/', NULL, 'BROADCAST',
   'No. of Episode: 12 … Airing Date: 2020.03.12 ~ 2020.05.28 … Broadcasting Channel: tvN … International Distributor: Netflix'),
  ('hospital-playlist', 2, 'Hospital Playlist — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Hospital_Playlist', NULL, 'SYNOPSIS',
   'Hospital Playlist follows the lives of five doctors in their forties … working at the Yulje Medical Centre, who first became friends during medical school.'),
  ('hospital-playlist', 3, 'Hospital Playlist (Season 1)', 'Kepoper', 'https://en.kepoper.com/hospital-playlist-season-1/', NULL, 'SYNOPSIS',
   'They play music and have a band called “Mido & Falasol”.'),
  ('hospital-playlist', 4, 'Hospital Playlist — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Hospital_Playlist', NULL, 'CAST',
   'Lee Ik-jun (Jo Jung-suk), Ahn Jeong-won (Yoo Yeon-seok), Kim Jun-wan (Jung Kyung-ho), Yang Seok-hyeong (Kim Dae-myung) and Chae Song-hwa (Jeon Mi-do)'),

  ('goblin', 0, 'Goblin', 'Drama Wiki (Fandom)', 'https://drama.fandom.com/wiki/Goblin', NULL, 'TITLES',
   'Guardian: The Lonely and Great God (쓸쓸하고 찬란하神 – 도깨비; Sseulsseulhago Chanlanhasin – Dokkaebi; lit. The Lonely and Great God – Goblin)'),
  ('goblin', 1, 'Goblin: Overview, Cast, 5 Fun Facts & More', 'K-Drama Live', 'https://kdramalive.com/goblin-overview-cast-5-fun-facts-more/', NULL, 'BROADCAST',
   'It was aired on the cable network tvN from 2 December 2016 to 21 January 2017. There are a total number of 16 episodes'),
  ('goblin', 2, 'Goblin', 'Drama Wiki (Fandom)', 'https://drama.fandom.com/wiki/Goblin', NULL, 'SYNOPSIS',
   'Kim Shin (Gong Yoo) is a decorated military general during the Goryeo Dynasty who is betrayed by the jealous king he served. … God turns Kim Shin into a goblin instead … he longs to find the prophesied human bride who can set his soul free. … Ji Eun Tak (Kim Go Eun) is a high school senior'),
  ('goblin', 3, 'Goblin: Overview, Cast, 5 Fun Facts & More', 'K-Drama Live', 'https://kdramalive.com/goblin-overview-cast-5-fun-facts-more/', NULL, 'CAST',
   'Gong Yoo – Kim Shin … Kim Go Eun – Ji Eun-tak … Lee Dong Wook – Grim Reaper … Yoo In Na – Sunny'),
  ('goblin', 4, 'Goblin', 'Drama Wiki (Fandom)', 'https://drama.fandom.com/wiki/Goblin', NULL, 'CAST',
   'Kim Shin''s nephew, Yoo Deok Hwa (Yook Sungjae), is a rebellious chaebol heir'),

  ('move-to-heaven', 0, '넷플릭스 ‘무브 투 헤븐’, 유품정리사 김새별 에세이 영감', '뉴스인사이드',
   'http://www.newsinside.kr/news/articleView.html?idxno=1109193', '2021-05-14', 'TITLES',
   '넷플릭스(Netflix) ‘무브 투 헤븐: 나는 유품정리사입니다’(이하 ‘무브 투 헤븐’)이 공개됐다.'),
  ('move-to-heaven', 1, 'Move to Heaven — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Move_to_Heaven', NULL, 'BROADCAST',
   'It is an original Netflix series … It was released worldwide by Netflix on May 14, 2021. … No. of episodes 10'),
  ('move-to-heaven', 2, 'Move to Heaven — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Move_to_Heaven', NULL, 'SYNOPSIS',
   'Geu-ru (Tang Jun-sang), who has Asperger syndrome, and his ex-convict uncle Sang-gu (Lee Je-hoon) meet for the first time after the sudden death of Geu-ru''s father. Entrusted as Geu-ru''s guardian, Sang-gu joins his nephew to help run the family trauma cleaning company "Move to Heaven", where in the course of business they uncover untold stories about the deceased'),
  ('move-to-heaven', 3, 'Move to Heaven — Wikipedia', 'Wikipedia', 'https://en.wikipedia.org/wiki/Move_to_Heaven', NULL, 'CAST',
   'starring Lee Je-hoon, Tang Jun-sang, and Hong Seung-hee … Lee Je-hoon as Cho Sang-gu'),
  ('move-to-heaven', 4, 'Tang Jun Sang and Lee Je Hoon help the dead depart in Move To Heaven', 'Yahoo Singapore',
   'https://sg.style.yahoo.com/move-to-heaven-starring-tang-jun-sang-le-je-hoon-085218258.html', NULL, 'CAST',
   'After declaring “I am Han Geu Ru, a trauma cleaner. I’ll begin to help you with your final move,”'),

  ('my-name', 0, '[Y터뷰①] ''마이네임'' 한소희 "잘 싸운다는 반응, 가장 기억에 남아"', 'YTN Star',
   'https://star.ytn.co.kr/_sn/0117_202110201152410740', '2021-10-20', 'TITLES',
   '''마이 네임''은 아버지를 죽인 범인을 찾기 위해 조직에 들어간 ''지우''가 새로운 이름으로 경찰에 잠입한 후 마주하는 냉혹한 진실과 복수를 그린 넷플릭스 시리즈다.'),
  ('my-name', 1, 'My Name - the latest South Korean Netflix series everyone is talking about', 'indy100',
   'https://www.indy100.com/tv/my-name-south-korean-netflix-series-b1941869', NULL, 'TITLES,BROADCAST',
   'the show continues to climb the streaming chart since it dropped on Netflix on October 15. … The eight-episode drama'),
  ('my-name', 2, 'My Name - the latest South Korean Netflix series everyone is talking about', 'indy100',
   'https://www.indy100.com/tv/my-name-south-korean-netflix-series-b1941869', NULL, 'SYNOPSIS',
   'Ji-Woo then makes it her mission to avenge her father’s death by joining a drug ring her father was a part of in order to hunt down his killer. As a member, Ji-Woo is then made to enter the police force as a mole by gang boss Choi Mu-jin'),
  ('my-name', 3, 'My Name - the latest South Korean Netflix series everyone is talking about', 'indy100',
   'https://www.indy100.com/tv/my-name-south-korean-netflix-series-b1941869', NULL, 'CAST',
   'The eight-episode drama follows Yoon Ji-Woo, a young woman (played by actress Han So-hee) … gang boss Choi Mu-jin, (played by Park Hee-soon)'),
  ('my-name', 4, 'K-drama’s new avenger: on the upcoming show, ‘My Name’', 'IndiBuzz',
   'https://indibuzzonline.com/lifestyle/k-dramas-new-avenger-on-the-upcoming-show-my-name/', NULL, 'CAST',
   'the eight-episode crime thriller brings together actors Han So-hee, Park Hee-soon and Ahn Bo-hyun')
  ) AS v (slug, position, title, publisher, url, published_on, covers, quote)
    ON v.slug = s.slug;
