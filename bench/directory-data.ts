// Synthetic members for bench/directory.bench.ts, generated inside PostgreSQL with
// generate_series so that 15,000 people with profiles, languages, country knowledge,
// companies and memberships load in seconds. Deterministic: hashint4 stands in for random.
// Shape of the demo data: 100 active networks of 150 member firms, ~40 % exporting, about
// 5 % in a second network, visibility mostly MEMBERS with some PUBLIC and NETWORK.

export const BENCH_MEMBERS = 15_000;
const NETWORKS = 100;

// origin: [country of birth, native language, places, countries its people often trade with]
const origins: [string, string, string[], string[]][] = [
  ["VN", "vi", ["Saigon", "Hanoi", "Mekong", "Hue"], ["TH", "KH", "SG", "DE"]],
  ["SY", "ar", ["Aleppo", "Damascus", "Homs"], ["LB", "JO", "TR", "AE"]],
  ["IQ", "ar", ["Baghdad", "Basra", "Erbil"], ["JO", "TR", "AE", "KW"]],
  ["IR", "fa", ["Tehran", "Isfahan", "Shiraz"], ["AE", "TR", "DE", "AM"]],
  ["SO", "so", ["Mogadishu", "Hargeisa", "Kismayo"], ["KE", "ET", "AE", "DJ"]],
  ["PL", "pl", ["Krakow", "Gdansk", "Warsaw"], ["DE", "CZ", "LT", "NO"]],
  ["TR", "tr", ["Istanbul", "Izmir", "Ankara"], ["DE", "GR", "BG", "AZ"]],
  ["IN", "hi", ["Mumbai", "Bangalore", "Delhi"], ["AE", "SG", "GB", "US"]],
  ["CN", "zh", ["Shanghai", "Beijing", "Guangzhou"], ["HK", "SG", "JP", "KR"]],
  ["CL", "es", ["Santiago", "Valparaiso", "Temuco"], ["AR", "PE", "ES", "US"]],
  ["TH", "th", ["Bangkok", "Phuket", "Chiang Mai"], ["LA", "MY", "VN", "SG"]],
  ["ET", "am", ["Addis Ababa", "Gondar", "Hawassa"], ["KE", "DJ", "ER", "AE"]],
  ["UA", "uk", ["Kyiv", "Lviv", "Odesa"], ["PL", "MD", "DE", "RO"]],
  ["BA", "bs", ["Sarajevo", "Mostar", "Tuzla"], ["HR", "RS", "AT", "DE"]],
  ["NG", "yo", ["Lagos", "Abuja", "Ibadan"], ["GH", "GB", "BJ", "US"]],
  ["AF", "ps", ["Kabul", "Herat", "Kandahar"], ["PK", "IR", "TR", "AE"]],
  ["ER", "ti", ["Asmara", "Keren", "Massawa"], ["ET", "SD", "IT", "AE"]],
  ["BR", "pt", ["Recife", "Curitiba", "Salvador"], ["AR", "PT", "UY", "US"]],
  ["PK", "ur", ["Lahore", "Karachi", "Islamabad"], ["AE", "SA", "GB", "CN"]],
  ["EG", "ar", ["Cairo", "Alexandria", "Luxor"], ["SA", "AE", "JO", "IT"]],
  ["CO", "es", ["Bogota", "Medellin", "Cali"], ["PA", "EC", "MX", "ES"]],
  ["KE", "sw", ["Nairobi", "Mombasa", "Kisumu"], ["UG", "TZ", "RW", "GB"]],
  ["RS", "sr", ["Belgrade", "Novi Sad", "Nis"], ["BA", "HR", "HU", "AT"]],
  ["PH", "tl", ["Manila", "Cebu", "Davao"], ["SG", "HK", "JP", "US"]],
];

const firstNames =
  "Minh Lan Ahmad Rasha Ali Zainab Reza Maryam Abdirahman Hodan Piotr Agnieszka Mehmet Elif Rahul Priya Wei Jing Camila Diego Somchai Malee Yonas Senait Olena Taras Amir Lejla Chidi Ngozi Farid Fatima Tesfay Saba Joao Ana Imran Ayesha Omar Nour Andres Valentina Wanjiru Otieno Milan Jelena Jose Maria Hassan Leila Duc Mai Karim Sara Tomasz Zofia Yusuf Amina";
const familyNames =
  "Nguyen Tran Haddad Khoury Al-Jubouri Hashim Ahmadi Karimi Warsame Farah Kowalski Nowak Yilmaz Demir Sharma Patel Wang Chen Gonzalez Rojas Saetang Wongsakul Tesfamariam Haile Shevchenko Kovalenko Hodzic Begic Okafor Adeyemi Stanikzai Sultani Berhe Kidane Silva Santos Khan Malik Hassan Mansour Ramirez Vargas Kamau Otieno Jovanovic Petrovic Reyes Santos Mahmoud Salem Pham Le Aziz Rahimi Zielinski Wozniak Ozturk Celik Mehta Reddy";
const products = "Spice Import|Trading|Textile|Tech|Consulting|Bygg|Logistik|Design|Livs|Medical Supply|Catering|Software|Transport|Redovisning|Media";
const titles = "Founder|CEO|Owner|Managing director|Co-founder|Partner";
// SNI 2007 sections, repeated by rough frequency among the demo firms.
const sectorPool = "GGGGGIIIMMMJJFFHNQCSPRLAK";

const arr = (values: string[]) => `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(",")}]`;
const h = (expr: string, salt: number) => `abs(hashint4(${expr} * 31 + ${salt}))`;
const vis = (salt: number) => `(CASE WHEN ${h("i", salt)} % 100 < 80 THEN 'MEMBERS' WHEN ${h("i", salt)} % 100 < 92 THEN 'PUBLIC' ELSE 'NETWORK' END)::"Visibility"`;
const levels = `ARRAY['NATIVE','FLUENT','PROFESSIONAL','BASIC']::"LanguageLevel"[]`;

/** Statements that load `members` synthetic members; run them in order, in one transaction, on a migrated database. */
export function benchDataSql(members = BENCH_MEMBERS): string[] {
  const originRows = origins.map(([country, language, places, near], index) => `(${index}, '${country}', '${language}', ${arr(places)}, ${arr(near)})`).join(",\n");
  return [
    `CREATE TEMP TABLE origin (idx int, country char(2), language text, places text[], near text[]) ON COMMIT DROP`,
    `INSERT INTO origin VALUES ${originRows}`,
    `CREATE TEMP TABLE person ON COMMIT DROP AS
      SELECT i, 'bench-user-' || lpad(i::text, 5, '0') AS id, o.*,
        (string_to_array('${firstNames}', ' '))[1 + ${h("i", 1)} % ${firstNames.split(" ").length}] || ' ' ||
        (string_to_array('${familyNames}', ' '))[1 + ${h("i", 2)} % ${familyNames.split(" ").length}] AS name,
        o.places[1 + ${h("i", 3)} % cardinality(o.places)] || ' ' || (string_to_array('${products}', '|'))[1 + ${h("i", 4)} % ${products.split("|").length}] || ' ' || i || ' AB' AS company,
        substr('${sectorPool}', 1 + ${h("i", 5)} % ${sectorPool.length}, 1) AS sector,
        ${h("i", 6)} % 100 < 40 AS exporting
      FROM generate_series(1, ${members}) i JOIN origin o ON o.idx = ${h("i", 7)} % ${origins.length}`,
    `INSERT INTO "Network" ("id", "slug", "name", "region", "city", "description", "languages", "status", "handedOverAt")
      SELECT 'bench-net-' || n, 'bench-' || n, 'Bench Network ' || n, 'Region ' || n, 'City ' || n, 'Synthetic network for the benchmark.', ARRAY['sv','en'],
        (CASE WHEN n > ${NETWORKS} THEN 'ARCHIVED' ELSE 'ACTIVE' END)::"NetworkStatus", now()
      FROM generate_series(1, ${NETWORKS + 1}) n`,
    `INSERT INTO "User" ("id", "email", "name", "passwordHash", "consentedAt", "updatedAt")
      SELECT id, id || '@bench.test', name, 'not-a-hash', now(), now() FROM person`,
    `INSERT INTO "Profile" ("userId", "headline", "bio", "city", "countryOfBirth", "openToIntroductions", "aboutVisibility", "languagesVisibility", "countriesVisibility", "companyVisibility", "updatedAt")
      SELECT id, (string_to_array('${titles}', '|'))[1 + ${h("i", 8)} % 6] || ', ' || company,
        'Born in ' || places[1] || ', I came to Sweden and founded ' || company || '. We work with partners in ' || near[1] || ' and ' || near[2] || ' and know the business culture of ' || country || ' well.',
        'Umea', country, ${h("i", 9)} % 10 < 6, ${vis(10)}, ${vis(11)}, ${vis(12)}, ${vis(13)}, now()
      FROM person`,
    `INSERT INTO "UserLanguage" ("userId", "code", "level")
      SELECT id, language, 'NATIVE' FROM person
      UNION ALL SELECT id, 'sv', (${levels})[2 + ${h("i", 14)} % 3] FROM person WHERE language <> 'sv'
      UNION ALL SELECT id, 'en', (${levels})[1 + ${h("i", 15)} % 4] FROM person
      UNION ALL SELECT id, (ARRAY['de','fr','ru','it','es'])[1 + ${h("i", 16)} % 5], (${levels})[2 + ${h("i", 17)} % 3] FROM person WHERE ${h("i", 18)} % 100 < 35 AND language NOT IN ('de','fr','ru','it','es')`,
    `INSERT INTO "CountryKnowledge" ("id", "userId", "country", "relations", "years", "areas")
      SELECT id || '-' || k, id, country, relations, 1 + ${h("i", 19)} % 30, areas FROM (
        SELECT id, i, 0 AS k, country,
          (CASE WHEN ${h("i", 20)} % 100 < 85 THEN ARRAY['BORN','LIVED','HAS_CONTACTS'] ELSE ARRAY['BORN'] END)::"CountryRelation"[] AS relations,
          ARRAY['BUSINESS_CULTURE','POLITICS_REGULATION','LANGUAGE','RELIGION_CUSTOMS']::"KnowledgeArea"[] AS areas
        FROM person
        UNION ALL
        SELECT id, i, k, near[k],
          (CASE ${h("i + k", 21)} % 4 WHEN 0 THEN ARRAY['EXPORTS_TO','DID_BUSINESS'] WHEN 1 THEN ARRAY['WORKED','HAS_CONTACTS'] WHEN 2 THEN ARRAY['HAS_CONTACTS'] ELSE ARRAY['LIVED','WORKED'] END)::"CountryRelation"[],
          ARRAY['BUSINESS_CULTURE','LOGISTICS']::"KnowledgeArea"[]
        FROM person CROSS JOIN generate_series(1, 3) k WHERE k <= ${h("i", 22)} % 4
      ) rows`,
    `INSERT INTO "Company" ("id", "ownerId", "name", "orgNumber", "sniSection", "size", "exporting", "exportMarkets")
      SELECT 'bench-company-' || i, id, company, lpad((i * 7)::text, 6, '0') || '-' || lpad((i % 10000)::text, 4, '0'), sector, 'MICRO', exporting,
        CASE WHEN exporting THEN near[1:2]::char(2)[] ELSE '{}'::char(2)[] END
      FROM person`,
    `INSERT INTO "Membership" ("userId", "networkId", "role")
      SELECT id, 'bench-net-' || (1 + (i - 1) % ${NETWORKS}), (CASE WHEN i <= ${NETWORKS * 2} THEN 'ORGANISER' ELSE 'MEMBER' END)::"NetworkRole" FROM person
      UNION ALL SELECT id, 'bench-net-' || (1 + (i + 36) % ${NETWORKS}), 'MEMBER' FROM person WHERE ${h("i", 23)} % 100 < 5
      UNION ALL SELECT id, 'bench-net-${NETWORKS + 1}', 'MEMBER' FROM person WHERE i % 50 = 0`,
    `ANALYZE "Network", "User", "Profile", "UserLanguage", "CountryKnowledge", "Company", "Membership", "DirectoryListing"`,
  ];
}

/** The viewer of every case: an organiser of bench-1. */
export const BENCH_VIEWER = "bench-user-00001";
