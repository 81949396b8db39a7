// Synthetic knowledge bank for bench/knowledge.bench.ts, generated inside PostgreSQL with
// generate_series: 100,000 published items (≈80 % articles, 5 % export stories, 15 %
// questions; ≈60 % English, 35 % Swedish, 5 % other languages; ≈60 % PUBLIC) written by
// 1,000 authors in 20 networks. Deterministic: hashint8 stands in for random.
//
// Text is drawn word by word from an English and a Swedish vocabulary ranked by frequency
// (the share of the r-th word falls like 1/r, as in real text), mixed with stop words:
// the first words are in nearly every item, market terms such as "customs", "payment",
// "tull" and "betalning" (ranks 30–60) in 40–50 % of the items of their language, the
// last ones in ~5 %. One item in fifty also names a rare pair ("Haiphong cashew",
// "remburs Mombasa"), each pair in a few dozen to a few hundred items. Items in other
// languages reuse the English words (indexed unstemmed, with kosmopolit_simple).
// "bodyText" is the body (plain words); "tagText" holds the country names in English and
// Swedish and the topic labels in English and Swedish, as lib/knowledge/rules.ts tagText()
// writes them. The generated columns ("searchDocument", "fuzzyText") compute on insert.
import { countryName } from "@/lib/i18n/display-names";
import { topicLabel } from "@/lib/knowledge/topic-labels";
import { KNOWLEDGE_TOPICS } from "@/lib/knowledge/topics";

export const BENCH_ITEMS = 100_000;
const NETWORKS = 20;
const AUTHORS = 1_000;

/** The signed-in viewer of the member cases: a member of bench-1 (members see MEMBERS items of every network). */
export const BENCH_MEMBER = "bench-user-0001";

// 60 markets, the most written about first (items pick 1–3, skewed towards the front).
const countries =
  "VN CN DE IN US TR GB NO SY IQ IR PL SO ET AE KE NG TH DK FI SA EG PK AF ER UA BR ES FR IT NL JP KR SG MY ID PH BA RS CL CO MX GH ZA MA JO LB BD AU CA RU RO HR EE LT UG PE AR".split(" ");

// Topics by how often they are tagged (customs and payments most often).
const topicOrder = ["customs", "payments", "logistics", "culture", "partners-and-agents", "law-and-regulation", "taxes", "financing", "marketing-and-sales", "trade-fairs", "export-support", "company-registration", "travel-and-visas", "recruitment"];

/** The first occurrence of each word keeps its rank. */
const dedupe = (words: string[]) => [...new Set(words)];

const enStop =
  "the a an and or of to in on for with at by from is are was were be been it this that we our they their you your i my as but not have has had will can if so than then there when which who what all more also very about into after before".split(" ");
const svStop =
  "och att det som en ett på är av för med till den har de inte om var jag vi men vår man så kan eller när från ska efter sig mycket också under vid hos där här nu alla bara".split(" ");

// Words by rank. Ranks 1–30: everyday business words, in nearly every item; 31–70: general
// words, in ~50 %; 71–150: market and export terms ("customs"/"tull" ~80, "payment"/
// "betalning" ~85: a third of the items of their language); then general words, in 5–15 %
// each. Multi-word entries are phrases.
const enWords = dedupe([
  ...("business company market work time need customer product first good new year make take price order people way help sell buy local contact partner start find know month week client").split(" "),
  ...("online website marketing sales meeting email phone language culture relationship trust family network introduction advice experience problem solution mistake lesson " +
    "plan budget cost profit loss cash account fee commission agreement negotiation offer tender quote delay control factory production machine parts").split(" "),
  ...("export import trade goods supplier shipping contract invoice bank delivery customs container freight transport buyer payment documents agent distributor tax " +
    "quality sample currency risk insurance warehouse port logistics regulation license").split(" "),
  "payment terms", "bill of lading", "letter of credit", "customs clearance", "trade fair",
  ...("credit financing transfer deposit advance law registration permit inspection packaging label standard origin declaration broker forwarder carrier shipment route " +
    "duty tariff VAT exchange certificate visa embassy chamber airport loan payments suppliers exports imports markets customers products prices orders contracts invoices " +
    "deadline margin discount volume retail wholesale").split(" "),
  "country of origin", "free trade agreement", "Incoterms",
  ...("textile food spices coffee tea fruit furniture software consulting design medical equipment cosmetics clothing shoes toys electronics steel wood paper plastic chemicals " +
    "truck ship air rail road sea border office city region capital government ministry authority police court lawyer accountant auditor consultant translator interpreter " +
    "holiday season summer winter spring autumn morning evening weekend calendar schedule trip travel hotel flight ticket presentation brochure catalogue " +
    "showroom stand booth visitor exhibitor organiser program workshop course training school university student graduate employee staff manager owner founder director " +
    "board shareholder investor branch guarantee collateral interest rate inflation economy growth crisis war peace election reform policy rule tradition religion " +
    "ramadan festival wedding gift dinner lunch greeting respect hierarchy patience punctuality honesty humour small large medium long short quick slow " +
    "cheap expensive safe risky easy hard clear unclear formal informal direct indirect polite strict flexible reliable honest foreign international regional national " +
    "digital mobile signed stamped original copy translated certified approved rejected delayed lost damaged returned insured").split(" "),
]);

const svWords = dedupe([
  ...("företag kund marknad arbete tid behöver produkt första bra ny år göra ta pris order människor sätt hjälp sälja köpa lokal kontakt partner starta hitta veta månad vecka affär").split(" "),
  ...("webbplats marknadsföring försäljning möte mejl telefon språk kultur relation förtroende familj nätverk introduktion råd erfarenhet problem lösning misstag lärdom " +
    "plan budget kostnad vinst förlust kassa konto provision överenskommelse förhandling erbjudande anbud offert försening kontroll fabrik produktion maskin delar").split(" "),
  ...("export import handel varor leverantör frakt avtal faktura bank leverans tull container transport köpare betalning dokument agent distributör skatt kvalitet " +
    "prov valuta risk försäkring lager hamn logistik regler licens").split(" "),
  "betalningsvillkor", "tull och moms", "kommersiell faktura", "förtullning", "handelsmässa",
  ...("kredit finansiering överföring handpenning förskott lag registrering tillstånd inspektion förpackning etikett standard ursprung deklaration mäklare speditör " +
    "transportör sändning rutt avgift tullsats moms växelkurs certifikat visum ambassad handelskammare flygplats lån leverantörer exporten importen marknader kunder " +
    "produkter priser ordrar avtalen fakturor tidsfrist marginal rabatt volym detaljhandel grossist").split(" "),
  "ursprungsland", "frihandelsavtal", "Incoterms",
  ...("textil livsmedel kryddor kaffe te frukt möbler mjukvara konsulttjänster design medicinsk utrustning kosmetika kläder skor leksaker elektronik stål trä papper " +
    "plast kemikalier lastbil fartyg flyg järnväg väg sjöfart gräns kontor stad region huvudstad regering ministerium myndighet polis domstol advokat revisor konsult " +
    "översättare tolk semester säsong sommar vinter vår höst morgon kväll helg kalender schema resa hotell flygbiljett presentation broschyr katalog utställning monter " +
    "besökare utställare arrangör program kurs utbildning skola universitet student anställd personal chef ägare grundare styrelse aktieägare investerare filial garanti " +
    "säkerhet ränta inflation ekonomi tillväxt kris krig fred val reform politik regel tradition religion högtid ramadan festival bröllop gåva middag lunch hälsning " +
    "respekt hierarki tålamod punktlighet ärlighet humor liten stor mellan lång kort snabb långsam billig dyr säker riskabel enkel svår tydlig otydlig formell informell " +
    "direkt indirekt artig sträng flexibel pålitlig ärlig utländsk internationell regional nationell digital mobil underskriven stämplad original kopia översatt " +
    "certifierad godkänd avvisad försenad förlorad skadad returnerad försäkrad").split(" "),
]);

// Rare pairs (a place and a product): one item in fifty carries one, the first pairs most often.
const enRare =
  "Haiphong cashew|Mombasa avocado|Izmir figs|Chittagong jute|Sialkot footballs|Tema cocoa|Jebel Ali reexport|Mekong shrimp|Kampala vanilla|Herat saffron|Aleppo soap|Basra dates|Hargeisa camel|Asmara espresso|Lviv honey|Sarajevo walnut|Recife mango|Karachi denim|Cebu rattan|Gdansk amber|Isfahan carpets|Lagos plantain|Hue lacquer|Addis teff|Shiraz pistachio|Valparaiso copper|Medellin orchids|Kyiv sunflower|Tuzla salt|Bangalore firmware";
const svRare =
  "remburs Mombasa|konossement Chittagong|ursprungsintyg Izmir|halalcertifiering Basra|kakaobönor Tema|saffransimport Herat|kamelmjölk Hargeisa|jutesäckar Chittagong|cashewnötter Haiphong|vaniljstänger Kampala|tvålfabrik Aleppo|dadelpalm Basra|bärnsten Gdansk|mattimport Isfahan|honungsexport Lviv|valnötter Sarajevo|mangoexport Recife|denimväv Karachi|rottingmöbler Cebu|teffmjöl Addis";

const q = (value: string) => `'${value.replace(/'/g, "''")}'`;
const arr = (values: string[]) => `ARRAY[${values.map(q).join(",")}]`;
/** A deterministic non-negative int from a bigint key and a salt. */
const h = (key: string, salt: number) => `(hashint8((${key})::bigint * 64 + ${salt}) & 2147483647)`;
/** The same as a fraction in [0, 1). */
const u = (key: string, salt: number) => `(${h(key, salt)} / 2147483648::float8)`;

/** Statements that load the knowledge bank; run them in order, in one transaction, on a migrated database. */
export function benchDataSql(items = BENCH_ITEMS): { label: string; sql: string }[] {
  const countryRows = countries.map((code, index) => `(${index + 1}, '${code}', ${q(countryName("en", code))}, ${q(countryName("sv", code))})`).join(",\n");
  const topicRows = topicOrder.map((topic, index) => `(${index + 1}, '${topic}', ${q(`${topicLabel(topic as (typeof KNOWLEDGE_TOPICS)[number], "en")} · ${topicLabel(topic as (typeof KNOWLEDGE_TOPICS)[number], "sv")}`)})`).join(",\n");
  const words = (lang: string) => `(CASE WHEN ${lang} = 'sv' THEN ${arr(svWords)} ELSE ${arr(enWords)} END)`;
  const stops = (lang: string) => `(CASE WHEN ${lang} = 'sv' THEN ${arr(svStop)} ELSE ${arr(enStop)} END)`;
  if (topicOrder.length !== KNOWLEDGE_TOPICS.length || topicOrder.some((topic) => !(KNOWLEDGE_TOPICS as readonly string[]).includes(topic))) throw new Error("topicOrder must list every topic");

  return [
    {
      label: "setup",
      sql: `CREATE TEMP TABLE bench_country (rank int, code char(2), name_en text, name_sv text) ON COMMIT DROP`,
    },
    { label: "setup", sql: `INSERT INTO bench_country VALUES ${countryRows}` },
    { label: "setup", sql: `CREATE TEMP TABLE bench_topic (rank int, topic text, label text) ON COMMIT DROP` },
    { label: "setup", sql: `INSERT INTO bench_topic VALUES ${topicRows}` },
    {
      // n words of a language: stop words with stop_pct % probability, else a vocabulary word
      // whose rank r is drawn with probability ~1/r (floor(exp(u·ln(V+1)))); a full stop after
      // one word in sixteen; extra1/extra2 replace the words at pos1/pos2.
      label: "setup",
      sql: `CREATE FUNCTION pg_temp.bench_text(lang text, seed bigint, n int, stop_pct int, extra1 text, pos1 int, extra2 text, pos2 int) RETURNS text
        LANGUAGE sql IMMUTABLE AS $fn$
        SELECT string_agg(
          CASE WHEN pos = pos1 AND extra1 IS NOT NULL THEN extra1
            WHEN pos = pos2 AND extra2 IS NOT NULL THEN extra2
            WHEN ${h("seed * 1024 + pos", 0)} % 100 < stop_pct THEN ${stops("lang")}[1 + ${h("seed * 1024 + pos", 1)} % cardinality(${stops("lang")})]
            ELSE ${words("lang")}[least(cardinality(${words("lang")}), floor(exp(${u("seed * 1024 + pos", 2)} * ln(cardinality(${words("lang")}) + 1)))::int)]
          END || CASE WHEN ${h("seed * 1024 + pos", 3)} % 16 = 0 THEN '.' ELSE '' END,
          ' ' ORDER BY pos)
        FROM generate_series(1, n) pos
        $fn$`,
    },
    {
      label: "networks, authors",
      sql: `INSERT INTO "Network" ("id", "slug", "name", "region", "city", "description", "languages", "status", "handedOverAt")
        SELECT 'bench-net-' || n, 'bench-' || n, 'Bench Network ' || n, 'Region ' || n, 'City ' || n, 'Synthetic network for the benchmark.', ARRAY['sv','en'], 'ACTIVE'::"NetworkStatus", now()
        FROM generate_series(1, ${NETWORKS}) n`,
    },
    {
      label: "networks, authors",
      sql: `INSERT INTO "User" ("id", "email", "name", "passwordHash", "consentedAt", "updatedAt")
        SELECT 'bench-user-' || lpad(a::text, 4, '0'), 'bench-user-' || a || '@bench.test', 'Author ' || a, 'not-a-hash', now(), now() FROM generate_series(1, ${AUTHORS}) a`,
    },
    {
      label: "networks, authors",
      sql: `INSERT INTO "Membership" ("userId", "networkId", "role")
        SELECT 'bench-user-' || lpad(a::text, 4, '0'), 'bench-net-' || (1 + (a - 1) % ${NETWORKS}), (CASE WHEN a <= ${NETWORKS} THEN 'ORGANISER' ELSE 'MEMBER' END)::"NetworkRole"
        FROM generate_series(1, ${AUTHORS}) a`,
    },
    {
      // What each item is: kind, language, visibility, author, 1–3 countries (skewed to the
      // front of the list), 1–3 topics, and where a rare pair goes in its body.
      label: "item facts",
      sql: `CREATE TEMP TABLE bench_item ON COMMIT DROP AS
        SELECT i, kind, language, visibility, author, countries, topics,
          (SELECT CASE WHEN language = 'sv' THEN name_sv ELSE name_en END FROM bench_country WHERE code = countries[1]) AS market_name,
          CASE WHEN ${h("i", 10)} % 100 < 2 THEN (string_to_array(CASE WHEN language = 'sv' THEN ${q(svRare)} ELSE ${q(enRare)} END, '|'))[
            1 + floor(power(${u("i", 11)}, 2) * cardinality(string_to_array(CASE WHEN language = 'sv' THEN ${q(svRare)} ELSE ${q(enRare)} END, '|')))::int] END AS rare
        FROM (
          SELECT i,
            (CASE WHEN ${h("i", 1)} % 100 < 80 THEN 'ARTICLE' WHEN ${h("i", 1)} % 100 < 85 THEN 'STORY' ELSE 'QUESTION' END)::"KnowledgeKind" AS kind,
            CASE WHEN ${h("i", 2)} % 100 < 60 THEN 'en' WHEN ${h("i", 2)} % 100 < 95 THEN 'sv' ELSE (ARRAY['de','ar','fa','es','vi','so','pl','tr'])[1 + ${h("i", 3)} % 8] END AS language,
            (CASE WHEN ${h("i", 4)} % 100 < 60 THEN 'PUBLIC' ELSE 'MEMBERS' END)::"KnowledgeVisibility" AS visibility,
            1 + ${h("i", 5)} % ${AUTHORS} AS author,
            ARRAY(SELECT c.code FROM generate_series(1, 1 + ${h("i", 6)} % 3) k
              JOIN bench_country c ON c.rank = 1 + floor(power(${u("i * 8 + k", 7)}, 1.6) * ${countries.length})::int
              GROUP BY c.code ORDER BY min(k))::char(2)[] AS countries,
            ARRAY(SELECT t.topic FROM generate_series(1, 1 + ${h("i", 8)} % 3) k
              JOIN bench_topic t ON t.rank = 1 + floor(power(${u("i * 8 + k", 9)}, 1.3) * ${topicOrder.length})::int
              GROUP BY t.topic ORDER BY min(k)) AS topics
          FROM generate_series(1, ${items}) i
        ) facts`,
    },
    {
      // The words: title 5–10 (naming the first market in two of five), summary 15–30 (none
      // for questions), body 150–300 (naming the first market, maybe a rare pair), and for
      // seven questions in ten 1–3 answers of 30–60 words.
      label: "item texts",
      sql: `CREATE TEMP TABLE bench_text ON COMMIT DROP AS
        SELECT i,
          pg_temp.bench_text(language, i * 8, 5 + ${h("i", 12)} % 6, 20, NULL, 0, NULL, 0)
            || CASE WHEN ${h("i", 13)} % 5 < 2 THEN CASE WHEN language = 'sv' THEN ' i ' ELSE ' in ' END || market_name ELSE '' END AS title,
          CASE WHEN kind = 'QUESTION' THEN '' ELSE pg_temp.bench_text(language, i * 8 + 1, 15 + ${h("i", 14)} % 16, 35, NULL, 0, NULL, 0) END AS summary,
          pg_temp.bench_text(language, i * 8 + 2, 150 + ${h("i", 15)} % 151, 45, market_name, 3 + ${h("i", 16)} % 40, rare, 50 + ${h("i", 17)} % 100) AS body,
          CASE WHEN kind = 'QUESTION' AND ${h("i", 18)} % 10 < 7 THEN (
            SELECT string_agg(pg_temp.bench_text(language, i * 8 + 2 + a, 30 + ${h("i * 8 + a", 19)} % 31, 45, NULL, 0, NULL, 0), E'\\n' ORDER BY a)
            FROM generate_series(1, 1 + ${h("i", 20)} % 3) a) ELSE '' END AS answers
        FROM bench_item`,
    },
    {
      label: "insert (generated columns, indexes)",
      sql: `INSERT INTO "KnowledgeItem" ("id", "kind", "status", "authorId", "networkId", "title", "summary", "body", "language", "visibility", "countries", "topics",
          "storyMarket", "bodyText", "tagText", "answersText", "answerCount", "revision", "publishedAt", "createdAt", "updatedAt")
        SELECT 'bench-item-' || lpad(b.i::text, 6, '0'), kind, 'PUBLISHED'::"KnowledgeStatus", 'bench-user-' || lpad(author::text, 4, '0'), 'bench-net-' || (1 + (author - 1) % ${NETWORKS}),
          t.title, t.summary, t.body, language, visibility, countries, topics,
          CASE WHEN kind = 'STORY' THEN countries[1] END, t.body,
          array_to_string(
            ARRAY(SELECT DISTINCT name FROM unnest(countries) c JOIN bench_country bc ON bc.code = c CROSS JOIN LATERAL unnest(ARRAY[bc.name_en, bc.name_sv]) name)
            || ARRAY(SELECT bt.label FROM unnest(topics) tp JOIN bench_topic bt ON bt.topic = tp), ' · '),
          t.answers, CASE WHEN t.answers = '' THEN 0 ELSE cardinality(string_to_array(t.answers, E'\\n')) END, 1,
          now() - make_interval(mins => ${h("b.i", 21)} % (3 * 365 * 24 * 60)), now() - interval '3 years', now()
        FROM bench_item b JOIN bench_text t USING (i)`,
    },
  ];
}
