import type { SeedArticle } from "./types";

// Knowledge-bank demo articles, batch A3: peer-written export guidance, half English, half Swedish.
export const articlesA3: SeedArticle[] = [
  {
    key: "a3-01", language: "en",
    title: "Sourcing textiles from Bangladesh and Sri Lanka: audits, letters of credit and lead times",
    countries: ["BD", "LK"],
    sector: "C",
    topics: ["partners-and-agents", "payments"],
    network: "stockholm", visibility: "PUBLIC",
    summary: "How a small Swedish clothing brand chose garment factories in Dhaka and Colombo: social audits, payment by letter of credit, realistic lead times and duty-free origin.",
    body: `We design workwear in Stockholm and manufacture in Bangladesh and Sri Lanka. Both countries have experienced, export-oriented garment industries, but a small brand has to work hard to be taken seriously by a good factory.

## Choosing a factory

- **Ask for recent social and safety audits.** Common schemes include amfori BSCI and SMETA; in Bangladesh many factories also take part in the International Accord on health and safety. Read the report, not just the certificate.
- **Visit before the first order**, and bring someone who knows the language and the industry. A member of our network who grew up in Chittagong came on our first trip.
- **Start with one style** and a realistic quantity. A factory that accepts any minimum order quantity without discussion may be subcontracting.

## Getting payment terms right

Many suppliers, especially in Bangladesh, expect payment by **letter of credit** (L/C). Factories often use it to finance fabric through a *back-to-back* L/C. For us this means:

1. Our bank opens the L/C, so we need a credit line – talk to your bank early.
2. The L/C lists the documents the factory must present; make the requirements clear but not so strict that small errors block payment.
3. After a few seasons some suppliers accept payment by transfer against documents.

## Lead times and calendar

Plan for long production and sea-freight lead times, and add buffers for **Eid** in Bangladesh, **Sinhala and Tamil New Year** in Sri Lanka and the monsoon. Book production slots early for the autumn season.

## Duty-free origin

Garments that meet the EU's rules of origin can enter duty-free: Bangladesh under the **Everything But Arms** scheme and Sri Lanka under **GSP+**. The supplier must give a valid statement on origin, and rules for fabric origin matter. Bangladesh is due to graduate from least-developed-country status, which will change its preferences over time – check Access2Markets and [Tullverket](https://www.tullverket.se).`,
  },
  {
    key: "a3-02", language: "sv",
    title: "Skicka personal till byggprojekt i Rumänien och Ungern: A1-intyg och utstationering",
    countries: ["RO", "HU"],
    sector: "F",
    topics: ["law-and-regulation", "recruitment"],
    network: "vastra-gotaland", visibility: "MEMBERS",
    summary: "När svenska anställda arbetar tillfälligt på en byggarbetsplats i ett annat EU-land gäller särskilda regler. Vår checklista för A1-intyg, anmälan om utstationering, lön och skatt.",
    body: `Vårt företag installerar ställverk och har haft montörer på plats i både Cluj-Napoca och Győr. Jag är född i Rumänien och trodde att jag kunde reglerna – men utstationering är ett eget område.

## A1-intyg: vilket lands socialförsäkring?

En anställd som tillfälligt skickas till ett annat EU-land kan normalt stanna kvar i den **svenska socialförsäkringen** under en begränsad tid. Det visas med ett **A1-intyg**, som du ansöker om hos [Försäkringskassan](https://www.forsakringskassan.se) innan arbetet börjar. Montören ska kunna visa intyget vid en kontroll på arbetsplatsen.

## Anmälan i värdlandet

Både Rumänien och Ungern kräver att utstationeringen **anmäls till värdlandets myndighet** innan arbetet startar. Varje EU-land har en officiell webbplats om utstationering med formulär och kontaktuppgifter; du hittar länkar via [Your Europe](https://europa.eu/youreurope). Spara kvittot på anmälan.

## Lön och villkor

Enligt EU:s regler om utstationering ska den anställda få minst värdlandets **lön och villkor** i vissa avseenden, till exempel ersättning, arbetstid, vila och semester. I praktiken är svenska villkor ofta förmånligare, men kontrollera tillägg och ersättningar för traktamente och resor.

## Skatt

- **Inkomstskatt:** skatteavtalen mellan Sverige och respektive land styr var lönen beskattas. Långa vistelser eller arbete för en lokal arbetsgivare kan göra den anställda skattskyldig i värdlandet.
- **Fast driftställe:** ett byggprojekt som pågår längre än en viss tid kan ge företaget ett fast driftställe i värdlandet. Tidsgränsen står i skatteavtalet.
- **Moms:** byggtjänster på en fastighet beskattas där fastigheten ligger.

## Checklista inför avresa

1. A1-intyg för varje anställd.
2. Anmälan i värdlandet och kontaktperson där.
3. Anställningsavtal, lönebesked och arbetstidsrapporter tillgängliga på plats.
4. Skyddsutrustning och arbetsmiljöutbildning som uppfyller lokala krav.
5. Reseförsäkring och europeiskt sjukförsäkringskort.

Enterprise Europe Network kan svara på frågor om EU-reglerna.`,
  },
  {
    key: "a3-03", language: "en",
    title: "Finding a contract manufacturer in Serbia and Bosnia and Herzegovina",
    countries: ["RS", "BA"],
    sector: "C",
    topics: ["partners-and-agents", "customs"],
    network: "skane", visibility: "PUBLIC",
    summary: "Metalwork and wood processing close to the EU, with preferential origin. How we found, tested and contracted manufacturers in Serbia and Bosnia and Herzegovina.",
    body: `Our company designs outdoor furniture and lighting. When our Swedish subcontractor reached capacity, we looked at the Western Balkans: a long tradition in metal and wood processing, reasonable transport times by truck, and people in our own network who grew up there.

## How we found candidates

- **Chambers of commerce** and investment agencies in both countries publish lists of exporting manufacturers.
- **Trade fairs** in Belgrade and Sarajevo, and regional fairs in our sector.
- **Our network**: two members introduced us to factories they knew from family or earlier jobs. Those introductions opened doors quickly.

## Testing a supplier

1. **Factory visit** with a checklist: machines, quality system (ISO 9001 is common), capacity, and who the current customers are.
2. **Sample and first-article inspection** against drawings before any volume order.
3. **A small paid pilot order** before a framework agreement.

Agree in writing who **owns the tooling** and the drawings, and sign a confidentiality agreement before you share designs.

## Customs and origin

Serbia and Bosnia and Herzegovina are **not in the EU**, so goods need export and import declarations. Both have **Stabilisation and Association Agreements** with the EU, and both are part of the pan-Euro-Mediterranean rules of origin. Goods that meet the origin rules can enter the EU with **zero or reduced duty** if they have valid proof of origin – an **EUR.1** certificate or an origin declaration on the invoice. Ask the supplier early whether their raw materials allow them to meet the rules. Use the correct **HS code** and check the rules on Access2Markets.

## Practicalities

Payment in euros is common. Bosnia and Herzegovina's convertible mark is pegged to the euro, while the Serbian dinar floats. We buy **FCA** the factory and use a Swedish forwarder who knows the border crossings. Remember that as the brand owner placing products on the EU market, **CE marking and product compliance are your responsibility**, not the supplier's.`,
  },
  {
    key: "a3-04", language: "sv",
    title: "Affärskultur i Etiopien: kalendern, klockan och kaffeceremonin",
    countries: ["ET"],
    topics: ["culture"],
    network: "kronoberg", visibility: "PUBLIC",
    summary: "Etiopien har en egen kalender och räknar timmar på ett annat sätt. Praktiska råd om möten, helger, fasta och relationer för dig som gör affärer i Addis Abeba.",
    body: `Jag är uppvuxen i Addis Abeba och har i tio år hjälpt svenska företag inom lantbruk och vattenrening att hitta partner i Etiopien. Det som oftast överraskar besökare är inte affärerna, utan tiden.

## Kalendern och klockan

- Etiopien använder en **egen kalender** med tretton månader. Året ligger ungefär sju till åtta år efter den gregorianska kalendern, och nyåret firas i september.
- Timmarna räknas ofta **från soluppgången**, ungefär klockan sex på morgonen. ”Klockan tre” kan alltså betyda nio på förmiddagen.
- **Tips:** skriv alltid mötestider och datum med båda systemen eller uttryckligen ”enligt europeisk tid”. Kontrollera datum i avtal och fakturor extra noga.

## Helger och fasta

Stora helger är bland annat **nyår** i september, **Meskel** i slutet av september, **jul** i januari och **påsk**, vars datum varierar. I den ortodoxa traditionen finns många fastedagar, ofta onsdagar och fredagar och längre perioder före påsk, då många inte äter animaliska produkter. Ha veganska alternativ när du bjuder på lunch. Muslimska helger firas också brett.

## Möten och relationer

1. **Kaffeceremonin** är en viktig del av gästfriheten. Den tar tid – det är en del av mötet, inte en paus från det.
2. **Hierarki** märks: hälsa först på den äldsta eller högst uppsatta och använd titlar.
3. **Relationer före avtal.** Räkna med flera besök innan första affären.
4. **Offentlig sektor** är en viktig kund och partner i många branscher; upphandlingar följer egna regler.

## Språk och pengar

**Amhariska** är arbetsspråk på federal nivå, och flera andra språk är stora regionalt. Engelska används mycket i affärslivet. Valutaregler har ändrats under senare år – diskutera betalning och valuta tidigt med kunden och din bank, och fråga [Business Sweden](https://www.business-sweden.com) om aktuell marknadsinformation.`,
  },
  {
    key: "a3-05", language: "en",
    title: "Working with a sales agent in Pakistan: commission, exclusivity and governing law",
    countries: ["PK"],
    sector: "G",
    topics: ["partners-and-agents", "law-and-regulation"],
    network: "ovre-norrland", visibility: "MEMBERS",
    summary: "A commission agent can open doors in Karachi and Lahore, but the agreement must protect both sides. The clauses we now always include, and the checks we do before signing.",
    body: `We sell mining and drilling consumables from Norrbotten. In Pakistan we work through a **commission agent** who finds customers, while we invoice and ship directly. The first agreement was a two-page email; the second was a proper contract. Here is what changed.

## Agent or distributor?

- An **agent** finds customers and earns commission; you sell and invoice directly and carry the credit risk.
- A **distributor** buys and resells; you have less contact with end customers but fewer receivables.

We chose an agent because our customers are large industrial companies that want a direct relationship with the manufacturer.

## Clauses we now always include

1. **Territory and customers** – which regions and which named accounts.
2. **Exclusivity only with targets** – exclusive rights for a period, renewed if sales targets are met.
3. **Commission** – on which invoices, when it is earned (we say: when the customer has paid), and in which currency.
4. **Governing law and disputes** – the EU's protection for commercial agents does not automatically apply outside the EU. We chose a governing law and **international arbitration**; Pakistan is a party to the New York Convention on the recognition of arbitral awards. Get legal advice on what fits your case.
5. **Termination** – notice period and what commission is due afterwards.
6. **Anti-corruption** – the agent may not offer improper payments on our behalf. Swedish anti-bribery law can apply to what is done abroad for a Swedish company, so this clause is not a formality.

## Checks before signing

- Company and tax registration of the agent.
- References from other European principals.
- Screening against sanctions lists, as we do for every partner.

## Getting paid

Large customers often pay by **letter of credit**, so our agent's knowledge of local banks has been valuable. Remitting commission abroad requires clear invoices from the agent; agree the paperwork before the first payment.`,
  },
  {
    key: "a3-06", language: "sv",
    title: "Anlita ukrainska utvecklare på distans: avtal, FOP och betalningar",
    countries: ["UA"],
    sector: "J",
    topics: ["recruitment", "payments"],
    network: "stockholm", visibility: "MEMBERS",
    summary: "Många ukrainska it-konsulter arbetar som enskilda företagare (FOP). Så skriver vi avtal, betalar och skyddar data när vi anlitar utvecklare i Ukraina på distans.",
    body: `Jag är född i Charkiv och driver ett litet mjukvaruföretag i Stockholm. Vi har fem utvecklare i Ukraina som arbetar för oss på distans. Här är hur det är upplagt och vad andra i nätverket brukar fråga om.

## Konsult, inte anställd

De flesta ukrainska it-konsulter som arbetar för utländska kunder är registrerade som **FOP** – en form av enskild företagare med ett förenklat skattesystem. Vi tecknar därför **konsultavtal** med var och en, inte anställningsavtal.

- Beskriv uppdraget, ersättningen och **upphovsrätten** tydligt – koden ska tillhöra vårt företag.
- Se till att relationen verkligen är ett uppdrag: konsulten styr själv sin arbetstid och kan ha andra kunder. Annars finns risk att den bedöms som en anställning.
- Avtal på både engelska och ukrainska är vanligt och underlättar för konsultens bank.

## Betalning

1. Konsulten fakturerar, ofta månadsvis, i euro eller US-dollar.
2. Vi betalar till konsultens företagskonto i Ukraina via vanlig bankbetalning.
3. Många banker vill se ett **avtal**, en **faktura** och ett undertecknat **leveransgodkännande** (på ukrainska kallat *akt*) för varje betalning.

Ukraina har valutaregler som har skärpts och justerats under kriget. Fråga konsulten vad deras bank kräver just nu.

## Dataskydd och säkerhet

EU har inget beslut om adekvat skyddsnivå för Ukraina, så när utvecklarna hanterar personuppgifter använder vi EU:s **standardavtalsklausuler** och begränsar åtkomsten till produktionsdata.

## Arbetet i vardagen

Strömavbrott och flyglarm påverkar arbetsdagen. Vi planerar med buffert, har tydlig dokumentation och accepterar att en dag ibland blir kortare. I gengäld har vi ett kunnigt och mycket lojalt team. Nätverkets medlemmar med ukrainsk bakgrund har varit ovärderliga för att förstå både regler och vardag.`,
  },
  {
    key: "a3-07", language: "en",
    title: "Using the EU trade agreements with Colombia and Chile: origin, documents and help",
    countries: ["CO", "CL"],
    sector: "G",
    topics: ["customs", "export-support"],
    network: "vastra-gotaland", visibility: "PUBLIC",
    summary: "EU trade agreements can remove or lower duties in Colombia and Chile, but only with correct proof of origin. How we checked our products and where we found free help.",
    body: `We export agricultural equipment from Västergötland. Our customers in Colombia and Chile kept asking: "Can you make this cheaper for us at customs?" The answer was yes – if we used the trade agreements properly.

## The agreements

- The EU has a **trade agreement with Colombia** (together with Peru and Ecuador) that has applied for over a decade.
- The EU and **Chile** have had an association agreement for many years and have recently modernised their trade relationship.

Both can lower or remove import duties on EU goods, but the customer only gets the benefit if the goods **originate** in the EU and the shipment has the right **proof of origin**.

## Our checklist

1. **HS code** – find the correct code for each product. It decides both the tariff and the origin rule.
2. **Origin rule** – look up the product-specific rule. Our machines contain imported motors, so we had to calculate the share of non-originating parts.
3. **Proof of origin** – depending on the agreement and value, this may be an origin declaration on the invoice, an **EUR.1** certificate or a statement on origin with a **REX** number. Check which applies to each country.
4. **Supplier declarations** – collect them from our own suppliers so we can prove what we declare.

The EU's free tool [Access2Markets](https://trade.ec.europa.eu/access-to-markets/en/home) shows tariffs, origin rules and procedures per product and country. [Tullverket](https://www.tullverket.se) answered our questions about how to fill in the documents.

## On the ground

Importers in both countries usually work with a licensed **customs broker**; ask your customer who theirs is and send draft documents before shipping. Spanish-language product sheets and manuals help both customs and sales.

## Help we used

Business Sweden's advisers for Latin America helped us find distributors, and our regional export centre pointed us to the right experts. A peer in our network from Medellín joined our first customer visit.`,
  },
  {
    key: "a3-08", language: "sv",
    title: "Nå kinesiska kunder: WeChat, WeChat Pay och försäljning över gränsen",
    countries: ["CN"],
    sector: "G",
    topics: ["marketing-and-sales", "payments"],
    network: "skane", visibility: "PUBLIC",
    summary: "Kinesiska konsumenter lever i andra digitala ekosystem än vi. Om WeChat, WeChat Pay och Alipay i butiken, och om gränsöverskridande e-handel som väg in på marknaden.",
    body: `Vi säljer svensk design och hudvård i en butik i Malmö och online. Kinesiska besökare och kunder blev en allt större grupp, men vi nådde dem inte med våra vanliga kanaler. Så här byggde vi om.

## Betalningar i butiken

Kinesiska kunder är vana vid att betala med mobilen via **WeChat Pay** eller **Alipay**. Flera betalningsleverantörer i Europa kan koppla på dessa betalsätt till en vanlig kassa. Jämför avgifter och hur snabbt pengarna kommer in på kontot. En skylt vid kassan om att ni tar emot betalsätten gör skillnad.

## Synas i rätt kanaler

- **WeChat** är mycket mer än en chattapp: ett **officiellt konto** fungerar som nyhetsbrev, kundtjänst och butik i ett.
- **Xiaohongshu** och liknande plattformar används av många för att hitta produkter och läsa recensioner.
- Många västerländska tjänster, till exempel Googles, är inte tillgängliga i Kina. En webbplats som ligger på servrar utanför Kina kan bli långsam där, och att lägga den på servrar i Kina kräver normalt en särskild licens (**ICP**).

## Sälja till kunder i Kina

1. **Gränsöverskridande e-handel** via plattformar som Tmall Global och JD låter dig sälja till kinesiska konsumenter utan eget bolag i Kina, för produkter som är tillåtna i den kanalen. Reglerna skiljer sig från vanlig import – kontrollera vad som gäller för just er produktkategori, särskilt för kosmetik.
2. **Distributör** för vanlig import. Då krävs ofta registreringar och kinesisk märkning.
3. **Partner med erfarenhet** av plattformarna. De flesta små varumärken använder en byrå för drift av butiken.

## Tips

Översätt inte bara texten – anpassa bilder, produktnamn och budskap. Be någon i nätverket som har bott i Kina titta på materialet. [Business Sweden](https://www.business-sweden.com) har kontor i Kina och kan ge marknadsinformation.`,
  },
  {
    key: "a3-09", language: "en",
    title: "Mobile money in Kenya and Somalia: what a Swedish supplier needs to know",
    countries: ["KE", "SO"],
    topics: ["payments"],
    network: "kronoberg", visibility: "PUBLIC",
    summary: "In Kenya and Somalia, many customers pay with their phones rather than cards. How mobile money affects pricing, distributors and getting paid from Sweden.",
    body: `Our company sells solar lamps and small solar kits through distributors in East Africa. Mobile money shapes almost every part of that business, even though our own invoices are paid by bank transfer.

## Kenya: M-Pesa everywhere

**M-Pesa**, run by Safaricom, is used for everything from groceries to school fees. Businesses receive payments through a **Paybill** or **Till** number, and developers can connect systems to it through an official API. For us this meant:

- Our distributor's retailers are paid by M-Pesa, so cash reaches the distributor fast.
- **Pay-as-you-go** solar models, where customers pay small amounts via their phone, became possible.
- Our product and pricing had to fit small, frequent payments.

## Somalia: mobile money and the US dollar

In Somalia, mobile-money services such as **EVC Plus**, and **Zaad** in Somaliland, are widely used, and many prices are in **US dollars**. Banking infrastructure is more limited, which affects how your partner can pay you.

## Getting paid from Sweden

1. **Invoice the distributor**, not end customers, and ask for payment by bank transfer to your Swedish business account.
2. **Use regulated channels only.** Some Swedish banks are cautious with transfers to and from Somalia. Talk to your bank early, explain the business and provide contracts and invoices.
3. **Avoid informal money transfer** for business payments, however convenient. It can create problems with anti-money-laundering rules and your own accounting.
4. Consider **advance payment** or a **letter of credit** for first orders.

## Tip

A member of our network who grew up in Mogadishu explained how our distributor's customers actually pay. That conversation changed our pricing model more than any market report.`,
  },
  {
    key: "a3-10", language: "sv",
    title: "Sanktionerna mot Ryssland: vad de betyder för ett litet exportföretag",
    countries: ["RU"],
    topics: ["law-and-regulation", "export-support"],
    network: "ovre-norrland", visibility: "MEMBERS",
    summary: "EU:s sanktioner mot Ryssland är omfattande och skärps regelbundet. Även den som bara säljer till andra länder kan behöva en ”no Russia”-klausul och kontrollera kunderna.",
    body: `Innan 2022 hade vi kunder i både Murmansk och S:t Petersburg. I dag säljer vi inte till Ryssland alls, men sanktionerna påverkar fortfarande vårt arbete – även affärer med helt andra länder. Jag delar vad vi har lärt oss. Det här är inte juridisk rådgivning.

## Omfattande och föränderliga regler

EU har sedan 2014, och i mycket större omfattning sedan 2022, infört sanktioner mot Ryssland i flera paket. De omfattar bland annat:

- **exportförbud** för många varor och tjänster, inte bara militära eller högteknologiska,
- **importförbud** för vissa ryska varor,
- **frysning av tillgångar** och förbud mot att göra pengar tillgängliga för listade personer och företag,
- begränsningar för finansiella tjänster och transporter.

Listorna ändras ofta. Kontrollera alltid aktuella regler, till exempel via [EU Sanctions Map](https://www.sanctionsmap.eu) och [Tullverket](https://www.tullverket.se).

## Försäljning till andra länder

- För vissa känsliga varor krävs en **”no Russia”-klausul** i avtal med köpare utanför EU: köparen får inte sälja varorna vidare till Ryssland eller för användning i Ryssland. Kontrollera om era produkter omfattas.
- Var uppmärksam på **varningssignaler**: en ny kund som beställer ovanligt stora volymer, vill ha leverans via en tredje part eller inte kan förklara slutanvändningen.
- Gör **kundkontroll** och spara dokumentationen.

## Vart vänder man sig?

- [ISP](https://www.isp.se) för produkter med dubbla användningsområden och vissa tillstånd.
- Tullverket för frågor om export och klassificering (**HS-kod**).
- Business Sweden och regionalt exportcenter för att hitta nya marknader som ersättning.

För oss blev sanktionerna en anledning att bredda exporten till de nordiska grannländerna och Kanada. Det tog tid, men riskerna är i dag mycket mer spridda.`,
  },
];
