/** Generated click data for the benchmarks, made inside PostgreSQL with generate_series. */

// Skewed picks (power of random()) make a few values common and many rare, as in real traffic.
const COUNTRIES = `ARRAY['IN','US','BR','DE','GB','ID','MX','NG','FR','IT','ES','TR','PH','PK','BD','EG','ZA','AR','CO',
  'KE','PL','NL','CA','AU','JP','KR','VN','TH','MY','SA','AE','RU','UA','RO','PT','BE','SE','CH','AT','CL','PE','GH',
  'MA','DZ','IL','IE','NZ','SG','HK','TW','CZ','GR','HU','DK','FI','NO','LK','NP','KZ','UZ']`;
const BROWSERS = `ARRAY['Chrome','Safari','WhatsApp','Samsung Internet','Instagram','Facebook','Firefox','Edge','Telegram','Opera','Android WebView','UC Browser']`;
const OSES = `ARRAY['Android','iOS','Windows','macOS','Linux','ChromeOS','HarmonyOS','Unknown']`;
const PLATFORMS = `ARRAY['mobile','desktop','tablet','other']`;
const BOTS = `ARRAY['WhatsApp preview','Facebook preview','Telegram preview','Googlebot','Email link scanner','Slack preview','X preview','Bingbot','Other bot','Empty user agent']`;

/**
 * One day of clicks for every link, interleaved as they would arrive: $1 the day's end, $2 link ids, $3 clicks
 * per link. Inserted by one statement, so the aggregate triggers run as for the click writer's batches.
 */
export const GENERATE_DAY = `
  INSERT INTO clicks (link_id, clicked_at, classification, country, region, city, latitude, longitude, browser,
                      browser_version, os, platform, referrer_host, bot_agent, ip_prefix, user_agent)
  SELECT link_id, $1::timestamptz - random() * interval '1 day',
         CASE WHEN r.kind < 0.12 THEN 'BOT' WHEN r.kind < 0.62 THEN 'UNIQUE' ELSE 'REPEAT' END,
         CASE WHEN r.place < 0.03 THEN NULL ELSE (${COUNTRIES})[1 + r.city % 60] END,
         CASE WHEN r.place < 0.18 THEN NULL ELSE 'R' || (r.city % 7) END,
         CASE WHEN r.place < 0.18 THEN NULL ELSE 'City ' || r.city END,
         CASE WHEN r.place < 0.03 THEN NULL WHEN r.place < 0.18 THEN (r.city % 60) - 30.0 ELSE -50 + (r.city * 37 % 110) + 0.5 END,
         CASE WHEN r.place < 0.03 THEN NULL WHEN r.place < 0.18 THEN (r.city % 60) * 5 - 150.0 ELSE -170 + (r.city * 91 % 340) + 0.5 END,
         CASE WHEN r.kind < 0.12 THEN 'Unknown' ELSE (${BROWSERS})[1 + floor(power(random(), 2) * 12)::int] END,
         '120',
         (${OSES})[1 + floor(power(random(), 2) * 8)::int],
         (${PLATFORMS})[1 + floor(power(random(), 3) * 4)::int],
         CASE WHEN random() < 0.45 THEN NULL ELSE 'site' || floor(power(random(), 3) * 60)::int || '.example' END,
         CASE WHEN r.kind < 0.12 THEN (${BOTS})[1 + floor(power(random(), 2) * 10)::int] END,
         '203.0.113.0/24',
         'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36'
    FROM unnest($2::uuid[], $3::int[]) AS l(link_id, n)
   CROSS JOIN LATERAL generate_series(1, l.n) AS g(i)
   -- Refers to g.i so that it is drawn again for every row.
   CROSS JOIN LATERAL (SELECT random() + 0 * g.i AS kind, random() AS place,
                              floor(power(random(), 3) * 2000)::int AS city) r`;
