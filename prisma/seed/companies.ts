import { withLuhnDigit } from "@/lib/profiles/org-number";
import type { Random } from "./random";

// Kinds of business per SNI 2007 section. Templates use {place} (a place in the owner's
// country of birth), {first}, {family}, {word} (a brand word), {city} (home city in Sweden),
// {region} (the owner's world region) and {adj} (e.g. "Vietnamese").
export interface BusinessKind {
  names: string[];
  /** Short description for the headline. */
  what: string;
  /** "Today we …" in the bio. */
  does: string;
  /** Probability that such a firm exports. */
  exports: number;
}

interface Sector {
  letter: string;
  weight: number;
  kinds: BusinessKind[];
}

const kind = (names: string, what: string, does: string, exports: number): BusinessKind => ({ names: names.split("|"), what, does, exports });

export const sectors: Sector[] = [
  { letter: "G", weight: 19, kinds: [
    kind("{place} Import AB|{family} Import & Export AB", "food import from {region}", "import spices, dried fruit and dry goods from {region} for shops and restaurants", 0.55),
    kind("{family} Trading AB|{word} Trading AB", "wholesale trade with {region}", "trade building materials and consumer goods between Sweden and {region}", 0.85),
    kind("{place} Livs AB|{word} Livs AB", "grocery store in {city}", "run a grocery store in {city} with products from {region} and Sweden", 0.1),
    kind("{word} E-handel AB|{word} Shop AB", "online shop for {adj} design and crafts", "sell textiles, ceramics and design online across Europe", 0.75),
    kind("{family} Bil AB|{word} Bilhandel AB", "used cars and vehicle export", "sell used cars and export vehicles and spare parts", 0.6),
    kind("{word} Textil AB", "textile import and wholesale", "import and sell workwear and textiles to retailers in the Nordics and beyond", 0.5),
    kind("{word} Medical Supply AB", "medical equipment distribution", "distribute medical and laboratory equipment to clinics in the Nordics", 0.7),
  ] },
  { letter: "I", weight: 13, kinds: [
    kind("Restaurang {place} AB|{place} Kitchen AB", "{adj} restaurant in {city}", "serve {adj} food in {city} and cater for weddings and company events", 0.03),
    kind("{firsts} Kök AB|{word} Catering AB", "catering", "cater for offices, schools and weddings", 0.03),
    kind("{place} Bageri AB|{word} Bageri & Konditori AB", "bakery and patisserie", "bake bread and pastries and supply cafés in {city}", 0.08),
    kind("Café {word} AB|{word} Kafé AB", "café in {city}", "run a café and a small event space in {city}", 0.02),
    kind("{word} Hotell AB|{word} Vandrarhem AB", "hotel and conference venue", "run a small hotel and conference venue for guests from all over Europe", 0.3),
  ] },
  { letter: "M", weight: 13, kinds: [
    kind("{family} Consulting AB|{word} Advisory AB", "market entry advice for {region}", "help Swedish companies enter markets in {region}", 0.9),
    kind("{family} Redovisning AB|{word} Ekonomi AB", "accounting and payroll", "do accounting, payroll and tax returns for small businesses", 0.1),
    kind("{word} Arkitekter AB|{family} Arkitektkontor AB", "architecture and interior design", "design homes, shops and restaurants", 0.35),
    kind("{family} Advokatbyrå AB|{word} Juridik AB", "business and migration law", "advise companies on contracts, business law and work permits", 0.35),
    kind("{word} Språktjänst AB|{word} Översättning AB", "translation and interpreting", "translate contracts and technical texts and interpret for courts and companies", 0.5),
    kind("{word} Design AB|{word} Studio AB", "branding and graphic design", "build brands, packaging and websites for small companies", 0.45),
    kind("{word} Engineering AB|{family} Teknikkonsult AB", "engineering consultancy", "do mechanical and electrical engineering for industrial clients", 0.6),
  ] },
  { letter: "J", weight: 10, kinds: [
    kind("{word} Tech AB|{word} Software AB", "software development", "build web and mobile apps for clients in Sweden and abroad", 0.7),
    kind("{word} Digital AB|{word} Media AB", "digital marketing", "run digital campaigns and social media for shops and restaurants", 0.35),
    kind("{family} IT-konsult AB|{word} IT AB", "IT consultancy and support", "run IT support and cloud migrations for small firms", 0.3),
    kind("{word} Data AB|{word} Analytics AB", "data and AI services", "build data platforms and analytics for industrial clients", 0.7),
    kind("{word} Games AB", "game studio", "develop mobile games for a global audience", 0.9),
  ] },
  { letter: "F", weight: 9, kinds: [
    kind("{family} Bygg AB|{word} Bygg & Renovering AB", "construction and renovation", "renovate kitchens and bathrooms and build extensions", 0.08),
    kind("{word} Måleri AB|{family} Måleri AB", "painting and decorating", "paint and decorate homes and offices", 0.05),
    kind("{family} El AB|{word} Elservice AB", "electrical installation", "install electricity, charging points and solar panels", 0.1),
    kind("{word} Kakel & Golv AB", "tiling and flooring", "lay tiles, stone and floors", 0.05),
    kind("{word} VVS AB", "plumbing and heating", "install plumbing, heat pumps and ventilation", 0.08),
  ] },
  { letter: "H", weight: 7, kinds: [
    kind("{family} Transport AB|{word} Åkeri AB", "road haulage", "run trucks between Sweden, Norway and the continent", 0.7),
    kind("{word} Logistik AB|{word} Freight AB", "freight forwarding to {region}", "arrange sea and air freight and customs clearance to {region}", 0.9),
    kind("{word} Taxi AB|{family} Taxi AB", "taxi and airport transfers", "run taxis and airport transfers in {city}", 0),
    kind("{word} Flytt AB", "removals and storage", "move homes and offices across Sweden and Europe", 0.35),
  ] },
  { letter: "C", weight: 6, kinds: [
    kind("{place} Foods AB|{word} Livsmedel AB", "food production", "produce {adj} specialities sold in Nordic supermarkets", 0.65),
    kind("{word} Snickeri AB", "joinery and furniture", "make furniture and interiors in wood", 0.45),
    kind("{word} Smycken AB|{word} Guld AB", "jewellery design", "design and make jewellery", 0.55),
    kind("{word} Mekaniska AB|{word} Verkstad AB", "metal work and machining", "machine parts for the engineering industry", 0.7),
    kind("{word} Naturkosmetik AB", "natural cosmetics", "make natural soaps and skin care", 0.65),
  ] },
  { letter: "N", weight: 7, kinds: [
    kind("{word} Städservice AB|{family} Städ AB", "cleaning services", "clean offices, stairwells and construction sites", 0),
    kind("{family} Bemanning AB|{word} Rekrytering AB", "staffing and recruitment", "recruit engineers and skilled workers from abroad", 0.4),
    kind("{word} Resor AB|{place} Travel AB", "travel agency for {region}", "arrange trips and group travel to {region}", 0.6),
    kind("{word} Fastighetsservice AB", "property services", "look after buildings, gardens and snow clearing", 0),
    kind("{word} Event AB", "events and conferences", "organise conferences, fairs and weddings", 0.35),
  ] },
  { letter: "Q", weight: 5, kinds: [
    kind("{word} Tandvård AB|{family} Tandläkare AB", "dental clinic", "run a dental clinic in {city}", 0),
    kind("{family} Omsorg AB|{word} Hemtjänst AB", "home care", "provide home care in several languages", 0),
    kind("{word} Fysioterapi AB|{word} Rehab AB", "physiotherapy", "treat back and sports injuries", 0),
    kind("{word} Hälsa AB", "occupational health", "run occupational health services for employers", 0.05),
  ] },
  { letter: "P", weight: 4, kinds: [
    kind("{word} Trafikskola AB", "driving school", "teach driving in several languages", 0),
    kind("{word} Språkskola AB|{word} Language Centre AB", "language school", "teach Swedish and English to newcomers and companies", 0.2),
    kind("{word} Utbildning AB|{word} Academy AB", "professional training", "train staff in export, leadership and IT", 0.4),
  ] },
  { letter: "S", weight: 5, kinds: [
    kind("{firsts} Frisörsalong AB|{word} Hair AB", "hair salon", "run a hair and barber salon in {city}", 0),
    kind("{word} Skönhet AB|{word} Beauty AB", "beauty salon", "offer beauty and skin care treatments", 0.05),
    kind("{word} Skrädderi AB|{firsts} Skrädderi AB", "tailoring and alterations", "tailor suits and dresses and do alterations", 0.1),
    kind("{word} Mobilreparationer AB", "phone and computer repair", "repair phones and computers", 0),
  ] },
  { letter: "A", weight: 2, kinds: [
    kind("{word} Gård AB|{family} Odling AB", "organic farming", "grow organic vegetables and herbs", 0.2),
    kind("{word} Bär AB", "wild berry trade", "pick and sell wild berries from Nordic forests", 0.8),
  ] },
];

export const brandWords = (
  "Norrsken Polaris Kompass Atlas Fenix Horisont Vega Lotus Cedar Oliv Ankare Fyr Björk Granit Saffran Kanel Sesam Mosaik " +
  "Karavan Globus Orion Meridian Nova Aurora Delta Sirius Kardemumma Linden Tulpan Safir Bärnsten Solros Zenit Mistral Baobab " +
  "Oas Dadel Jasmin Kristall Nordväst Havsörn Stjärnan Arken Pilen Brobyggarna Silkesvägen Nordic_Bridge Tre_Kronor Granatäpple"
).split(" ").map((word) => word.replace(/_/g, " "));

export const sizeWeights = [["SOLO", 32], ["MICRO", 44], ["SMALL", 17], ["MEDIUM", 5], ["LARGE", 0.6]] as const;
export type SizeBand = (typeof sizeWeights)[number][0];

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
}

/** Lower-case ASCII: diacritics and letters like ł, đ, ø, ß, ı folded away. */
export function asciiFold(text: string): string {
  const special: Record<string, string> = { ł: "l", đ: "d", ø: "o", æ: "ae", ß: "ss", ı: "i", œ: "oe" };
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łđøæßıœ]/g, (letter) => special[letter] ?? letter);
}

export const slugify = (text: string) => asciiFold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** https://<name>.se from the company name without its legal form. */
export const websiteFor = (companyName: string) =>
  `https://${asciiFold(companyName.replace(/ AB$/, "")).replace(/&/g, "och").replace(/[^a-z0-9]+/g, "")}.se`;

/**
 * A unique, Luhn-valid organisation number. Aktiebolag get 556xxx (older) or 559xxx (registered
 * from 2013); a sole trader's firm uses the owner's personal identity number, which starts with
 * the birth year (6–9 for people born 1960–1999).
 */
export function orgNumberFor(random: Random, used: Set<string>, options: { soleTrader: boolean; founded: number }): string {
  for (;;) {
    let nine: string;
    if (options.soleTrader) {
      const year = random.int(60, 99);
      const month = random.int(1, 12);
      const day = random.int(1, 28);
      nine = `${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}${String(random.int(0, 999)).padStart(3, "0")}`;
    } else {
      const prefix = options.founded >= 2013 ? `559${random.int(0, 5)}` : `556${random.int(0, 9)}`;
      nine = `${prefix}${String(random.int(0, 99999)).padStart(5, "0")}`;
    }
    const number = withLuhnDigit(nine);
    if (!used.has(number)) {
      used.add(number);
      return number;
    }
  }
}

export function titleFor(random: Random, size: SizeBand): string {
  if (size === "SOLO") return random.pick(["Founder", "Owner", "Owner"]);
  if (size === "MICRO") return random.pick(["Founder", "Owner", "Co-founder", "CEO"]);
  return random.pick(["CEO", "Managing director", "Co-founder and CEO", "Founder and CEO"]);
}
