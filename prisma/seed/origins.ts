import type { FamilyNameRule, NameTableKey } from "./names";

// Where members were born: country (ISO 3166-1 alpha-2), native languages (ISO 639-1),
// and what a plausible business life around that origin looks like.
export interface Origin {
  key: string;
  names: NameTableKey;
  country: string;
  /** Relative frequency among the demo members. */
  weight: number;
  /** Alternative sets of native languages, e.g. "ar|ar,ku". */
  native: string[][];
  /** Languages some people from here also speak, besides Swedish and English. */
  extra: string[];
  /** English level: N native, F fluent; otherwise drawn at random. */
  english?: "N" | "F";
  /** Cities and places of the origin, used in company names and bios. */
  places: string[];
  region: string;
  adjective: string;
  /** Countries people of this origin often trade with besides their country of birth. */
  near: string[];
  femaleShare?: number;
  familyRule?: FamilyNameRule;
  /** Two family names (Latin America). */
  doubleFamily?: boolean;
  /** Exporting to the country of birth is not plausible now (sanctions, war). */
  noExportHome?: boolean;
}

type Row = [key: string, names: NameTableKey, country: string, weight: number, native: string, extra: string, places: string, region: string, adjective: string, near: string, options?: Partial<Origin>];

const rows: Row[] = [
  ["SY", "SY", "SY", 30, "ar|ar,ku", "fr tr de", "Aleppo Damascus Homs Latakia", "the Middle East", "Syrian", "LB JO TR IQ AE SA DE"],
  ["IQ", "IQ", "IQ", 20, "ar", "tr fa de", "Baghdad Basra Mosul Najaf", "the Middle East", "Iraqi", "JO TR AE SA KW IR DE"],
  ["KU-IQ", "KU", "IQ", 9, "ku,ar|ku", "de tr fa", "Erbil Sulaymaniyah Duhok Kirkuk", "the Middle East", "Kurdish", "TR AE JO DE IR"],
  ["KU-TR", "KU", "TR", 5, "ku,tr", "de", "Diyarbakır Mardin Van Şanlıurfa", "the Middle East", "Kurdish", "IQ DE AZ AE"],
  ["KU-IR", "KU", "IR", 3, "ku,fa", "de", "Sanandaj Mahabad Kermanshah", "the Middle East", "Kurdish", "IQ TR AE DE"],
  ["IR", "IR", "IR", 22, "fa|fa,az", "fr de tr", "Tehran Isfahan Shiraz Tabriz Mashhad", "the Middle East", "Persian", "AE TR DE AM IQ", { noExportHome: true }],
  ["SO", "SO", "SO", 16, "so|so,ar", "ar it", "Mogadishu Hargeisa Kismayo Baidoa", "East Africa", "Somali", "KE ET DJ AE GB"],
  ["ER", "ER", "ER", 9, "ti|ti,ar", "ar it am", "Asmara Keren Massawa", "the Horn of Africa", "Eritrean", "ET SD AE DE IT"],
  ["AF", "AF", "AF", 15, "fa|ps|fa,ps", "ur tr de", "Kabul Herat Mazar-i-Sharif Kandahar", "Central Asia", "Afghan", "PK IR TR AE UZ TJ", { noExportHome: true }],
  ["VN", "VN", "VN", 8, "vi", "fr zh", "Saigon Hanoi Mekong Da Nang Hue", "Southeast Asia", "Vietnamese", "TH KH LA SG MY DE"],
  ["CN", "CN", "CN", 10, "zh", "ja de fr", "Shanghai Beijing Guangzhou Chengdu Hangzhou", "East Asia", "Chinese", "HK SG TW JP KR DE"],
  ["IN", "IN", "IN", 16, "hi|hi,pa|ta|te|ml|mr|gu|kn|bn", "de fr", "Mumbai Bangalore Delhi Chennai Pune Hyderabad Kolkata", "South Asia", "Indian", "AE SG GB US LK NL", { english: "F", femaleShare: 0.4 }],
  ["PK", "PK", "PK", 8, "ur,pa|ur", "ar de", "Lahore Karachi Islamabad Faisalabad", "South Asia", "Pakistani", "AE SA GB CN", { femaleShare: 0.35 }],
  ["TR", "TR", "TR", 13, "tr", "de ar fr", "Istanbul Izmir Ankara Antalya Bursa", "the Eastern Mediterranean", "Turkish", "DE GR BG AZ NL"],
  ["PL", "PL", "PL", 20, "pl", "de ru", "Kraków Gdańsk Warsaw Wrocław Poznań", "Central Europe", "Polish", "DE CZ LT SK NO", { familyRule: "polish" }],
  ["BA", "BA", "BA", 10, "bs|bs,hr", "de it", "Sarajevo Mostar Tuzla Zenica Banja Luka", "the Balkans", "Bosnian", "HR RS SI AT DE ME"],
  ["RS", "RS", "RS", 7, "sr", "de ru", "Belgrade Novi Sad Niš Kragujevac", "the Balkans", "Serbian", "BA HR HU MK DE AT"],
  ["CL", "CL", "CL", 6, "es", "pt fr", "Santiago Valparaíso Concepción Temuco", "Latin America", "Chilean", "AR PE BR ES US", { doubleFamily: true }],
  ["CO", "CO", "CO", 5, "es", "pt fr", "Bogotá Medellín Cali Cartagena", "Latin America", "Colombian", "PA EC PE ES US MX", { doubleFamily: true }],
  ["BR", "BR", "BR", 5, "pt", "es it", "São Paulo Rio Recife Curitiba Salvador", "Latin America", "Brazilian", "AR PT UY CL US"],
  ["TH", "TH", "TH", 8, "th", "zh de", "Bangkok Chiang Mai Phuket Isan Khon Kaen", "Southeast Asia", "Thai", "LA MY VN SG KH", { femaleShare: 0.75 }],
  ["PH", "PH", "PH", 5, "tl", "es ar", "Manila Cebu Davao Iloilo Baguio", "Southeast Asia", "Filipino", "SG HK AE JP US", { english: "F", femaleShare: 0.65 }],
  ["ET", "ET", "ET", 8, "am|om|am,om|ti", "ar it", "Addis Ababa Dire Dawa Bahir Dar Hawassa Gondar", "East Africa", "Ethiopian", "KE DJ ER AE SD"],
  ["NG", "NG", "NG", 6, "yo|ig|ha", "fr", "Lagos Abuja Ibadan Enugu Port Harcourt", "West Africa", "Nigerian", "GH BJ GB US CM", { english: "F" }],
  ["KE", "KE", "KE", 4, "sw", "de", "Nairobi Mombasa Kisumu Nakuru Eldoret", "East Africa", "Kenyan", "UG TZ RW ET GB", { english: "F" }],
  ["UA", "UA", "UA", 12, "uk,ru|uk|ru", "pl de", "Kyiv Lviv Kharkiv Odesa Dnipro", "Eastern Europe", "Ukrainian", "PL MD RO DE SK", { femaleShare: 0.6, familyRule: "eastSlavic" }],
  ["RU", "RU", "RU", 6, "ru", "de fr", "Saint Petersburg Moscow Kazan Murmansk", "Eastern Europe", "Russian", "EE LV FI KZ DE", { familyRule: "eastSlavic", noExportHome: true }],
  ["LB", "LB", "LB", 8, "ar", "fr fr de", "Beirut Tripoli Byblos Sidon Zahle", "the Middle East", "Lebanese", "AE SA JO CY FR"],
  ["EG", "EG", "EG", 5, "ar", "fr de", "Cairo Alexandria Giza Luxor Aswan", "North Africa", "Egyptian", "SA AE JO LY DE"],
  ["MA", "MA", "MA", 5, "ar", "fr fr es", "Casablanca Marrakech Fez Rabat Tangier Agadir", "North Africa", "Moroccan", "FR ES BE NL DZ"],
  ["DE", "DE", "DE", 8, "de", "fr es", "Hamburg Berlin Munich Cologne Bremen Leipzig", "Central Europe", "German", "AT CH NL DK PL"],
  ["FI", "FI", "FI", 12, "fi|fi|fi,sv", "de ru", "Helsinki Tampere Turku Oulu Rovaniemi Vaasa", "the Nordic countries", "Finnish", "NO EE DK DE"],
  ["GR", "GR", "GR", 4, "el", "de fr", "Athens Thessaloniki Patras Heraklion", "Southern Europe", "Greek", "CY BG IT DE", { familyRule: "greek" }],
  ["US", "US", "US", 4, "en", "es fr", "Chicago Minneapolis Boston Seattle Austin Denver", "North America", "American", "CA MX GB", { english: "N" }],
  ["MX", "MX", "MX", 3, "es", "fr", "Guadalajara Monterrey Puebla Oaxaca Mérida", "Latin America", "Mexican", "US CA GT ES", { doubleFamily: true }],
  ["GH", "GH", "GH", 3, "ak|ee", "fr", "Accra Kumasi Takoradi Tamale Cape Coast", "West Africa", "Ghanaian", "NG TG CI GB", { english: "F" }],
  ["BD", "BD", "BD", 5, "bn", "hi ar", "Dhaka Chittagong Sylhet Khulna Rajshahi", "South Asia", "Bangladeshi", "IN MY SG GB", { femaleShare: 0.35 }],
  ["LK", "LK", "LK", 4, "si|ta|si,ta", "de", "Colombo Kandy Galle Jaffna Negombo", "South Asia", "Sri Lankan", "IN MV SG AE"],
  ["KR", "KR", "KR", 2, "ko", "ja zh", "Seoul Busan Incheon Daegu", "East Asia", "Korean", "JP CN US SG"],
  ["JP", "JP", "JP", 2, "ja", "zh fr", "Tokyo Osaka Kyoto Sapporo Fukuoka", "East Asia", "Japanese", "KR CN TW US"],
  ["HU", "HU", "HU", 4, "hu", "de", "Budapest Debrecen Szeged Pécs Győr", "Central Europe", "Hungarian", "AT SK RO DE"],
  ["RO", "RO", "RO", 5, "ro", "it fr hu", "Bucharest Cluj Timișoara Iași Brașov", "Eastern Europe", "Romanian", "MD HU BG IT DE"],
  ["PS", "PS", "PS", 5, "ar", "tr de", "Gaza Nablus Ramallah Hebron Bethlehem", "the Middle East", "Palestinian", "JO LB EG AE TR"],
  ["IT", "IT", "IT", 4, "it", "fr es de", "Milan Rome Naples Turin Bologna Florence", "Southern Europe", "Italian", "FR CH AT ES DE"],
  ["GB", "GB", "GB", 4, "en", "fr de es", "London Manchester Edinburgh Bristol Leeds Glasgow", "the UK and Ireland", "British", "IE US NL DE", { english: "N" }],
];

// Places with spaces in their names are listed with spaces; split on the known ones.
const multiWordPlaces = ["Da Nang", "Banja Luka", "Novi Sad", "São Paulo", "Chiang Mai", "Khon Kaen", "Addis Ababa", "Dire Dawa", "Bahir Dar", "Port Harcourt", "Saint Petersburg", "Cape Coast"];

function splitPlaces(list: string): string[] {
  let text = list;
  for (const place of multiWordPlaces) text = text.replace(place, place.replace(/ /g, "_"));
  return text.split(" ").map((place) => place.replace(/_/g, " "));
}

export const origins: Origin[] = rows.map(([key, names, country, weight, native, extra, places, region, adjective, near, options]) => ({
  key,
  names,
  country,
  weight,
  native: native.split("|").map((set) => set.split(",")),
  extra: extra.split(" "),
  places: splitPlaces(places),
  region,
  adjective,
  near: near.split(" "),
  ...options,
}));

/** Markets that members of any origin often sell to. */
export const commonMarkets = ["NO", "DK", "FI", "DE", "NL", "PL", "EE", "FR", "GB", "US", "ES", "IT", "BE"];
