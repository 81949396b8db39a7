import type { SeedArticle } from "./types";

// Knowledge-bank demo articles, batch A2: peer-written export guidance, half English, half Swedish.
export const articlesA2: SeedArticle[] = [
  {
    key: "a2-01", language: "en",
    title: "Shipping machine parts to Turkey: A.TR certificates, road or Ro-Ro, and delivery terms",
    countries: ["TR"],
    sector: "C",
    topics: ["logistics", "customs"],
    network: "stockholm", visibility: "PUBLIC",
    summary: "Turkey is in a customs union with the EU for industrial goods, but it is not in the EU. What that means for documents, transport routes and who pays the import VAT.",
    body: `We ship spare parts for packaging machines to customers in Istanbul, Bursa and İzmir. The first shipments taught us that "customs union" does not mean "no customs".

## The customs union and the A.TR

The EU and Turkey have a **customs union for industrial goods**. Goods in free circulation in the EU can enter Turkey without customs duty if they travel with an **A.TR movement certificate**. Note:

- The A.TR shows that the goods are in **free circulation**, not where they were made. It is not a certificate of origin.
- Agricultural products and some other goods are outside the customs union; they use other preferential rules and often an **EUR.1** instead.
- You still need an **export declaration** in Sweden, and the customer still pays Turkish **import VAT** and handles import clearance.

Ask [Tullverket](https://www.tullverket.se) or your forwarder how the A.TR is issued and endorsed in your case; a missing or wrongly filled A.TR can mean the customer pays duty.

## Road or Ro-Ro?

1. **Full truck by road** through the Balkans and the Bulgarian–Turkish border. Plan for queues at the border, especially before holidays. The carrier uses a **CMR** consignment note.
2. **Ro-Ro ferry** from an Italian port such as Trieste to the Istanbul area. Often more predictable, and the trailer avoids the land border.
3. **Groupage** for small shipments – cheaper, slower, more handling.

## Agree the delivery terms clearly

We quote under **Incoterms** rules, usually **FCA** our warehouse or **DAP** the customer's site. We avoid **DDP**: it would make us responsible for Turkish import clearance and VAT, which the customer's broker handles far better. Write the HS code on every invoice and keep the commercial invoice, packing list and A.TR consistent – mismatches are the most common reason for delays we have seen.`,
  },
  {
    key: "a2-02", language: "sv",
    title: "Halalcertifiering för livsmedelsexport till Marocko och Egypten",
    countries: ["MA", "EG"],
    sector: "C",
    topics: ["law-and-regulation", "customs"],
    network: "vastra-gotaland", visibility: "PUBLIC",
    summary: "Ett halalcertifikat från fel certifieringsorgan kan stoppa en container. Så förberedde vi vår första export av livsmedel till Marocko och Egypten.",
    body: `Vi tillverkar kex och konfektyr i Västsverige. När en importör i Casablanca och sedan en i Kairo hörde av sig var frågan om **halalcertifiering** (halal certification) den första de ställde. Så här gick det till för oss.

## Vilket certifikat gäller?

Det räcker inte att produkten ”är halal” – importlandet avgör vilka certifieringsorgan och vilka standarder som godtas. Både Marocko och Egypten har egna regler, och de har ändrats över tid, särskilt för kött- och mejeriprodukter. Gör därför så här:

1. **Fråga importören** vilket certifikat deras myndigheter och kunder kräver.
2. **Kontrollera** att det svenska eller europeiska certifieringsorganet du tänker anlita är godkänt för just det landet och den produktgruppen.
3. **Be om skriftlig bekräftelse** innan du betalar för certifieringen.

## Vad certifieraren granskar

- **Råvaror och tillsatser:** gelatin, emulgeringsmedel, aromer med alkohol som bärare och vissa färgämnen är vanliga frågetecken. Leverantörsintyg behövs för varje ingrediens.
- **Produktionen:** rengöring, separering och att produktionen inte blandas ihop med icke-godkända produkter.
- **Spårbarhet:** samma recept och samma leverantörer som i ansökan. Byter du leverantör kan certifikatet behöva uppdateras.

## Märkning och dokument

Märkning på **arabiska** krävs i båda länderna, och i Marocko används även franska mycket. Utöver halalcertifikatet behövs ofta hälsointyg eller exportcertifikat, ursprungsintyg och en korrekt **HS-kod** (varukod) på fakturan. [Livsmedelsverket](https://www.livsmedelsverket.se) har information om exportintyg, och Business Sweden kan hjälpa till med marknadsinformation.

Vårt bästa råd: låt en kollega i nätverket som kan språket och marknaden läsa igenom etiketten innan ni trycker den.`,
  },
  {
    key: "a2-03", language: "en",
    title: "Selling goods to the UK after Brexit: EORI, VAT and proving origin",
    countries: ["GB"],
    sector: "G",
    topics: ["customs", "taxes"],
    network: "skane", visibility: "PUBLIC",
    summary: "Great Britain is now a third country for customs and VAT. A checklist for Swedish sellers: who is the importer, how VAT is charged, and how to get zero tariffs under the trade agreement.",
    body: `Before Brexit, we sent design furniture to British shops like any other EU delivery. Now every shipment is an export. Once the routine is in place it works, but the first month was chaotic.

## Decide who is the importer

Someone must be the **importer of record** in Great Britain and pay import VAT and any duty.

- Selling **DAP** (the customer imports): the British customer needs a **GB EORI** number and a customs agent. This is the simplest for you.
- Selling **DDP** (you import): you need a GB EORI number, a customs agent in the UK and usually a **UK VAT registration**.

You also need a Swedish/EU **EORI** number to export; [Tullverket](https://www.tullverket.se) issues it.

## VAT for consumer sales

For sales to British consumers, low-value consignments are treated differently: the seller or the online marketplace usually has to charge UK VAT at the point of sale instead of at the border. Check the current threshold and rules on [GOV.UK](https://www.gov.uk) before you open a UK web shop.

## Zero tariffs need proof of origin

The EU–UK Trade and Cooperation Agreement gives zero tariffs only to goods that meet the **rules of origin**. Our furniture is made in Småland from Swedish wood, so it qualifies, but products assembled from imported parts may not.

1. Find the **HS code** and the product-specific origin rule.
2. Put a **statement on origin** on the invoice; above a certain value you need a **REX** number.
3. Keep supplier declarations that support your claim.

## Product rules

Check whether your products need UK-specific marking or labelling. The UK has extended recognition of the CE mark for many product categories, but not for all – look up your category on GOV.UK.`,
  },
  {
    key: "a2-04", language: "sv",
    title: "Affärer med Iran: sanktioner, exportkontroll och varför banken säger nej",
    countries: ["IR"],
    topics: ["law-and-regulation", "payments"],
    network: "kronoberg", visibility: "MEMBERS",
    summary: "Handel med Iran är inte förbjuden i sin helhet, men EU:s sanktioner, exportkontroll och bankernas försiktighet gör varje affär krävande. En checklista innan du lämnar en offert.",
    body: `Många i vårt nätverk har familj och kontakter i Iran och får frågor om leveranser. Jag har arbetat med handel med Iran i många år och vill dela en försiktig checklista. Det här är ingen juridisk rådgivning – reglerna ändras, och ett misstag kan bli mycket dyrt.

## Tre lager av regler

1. **EU:s sanktioner** mot Iran omfattar bland annat förbud mot vissa varor och teknik och frysning av tillgångar för listade personer och företag. Kontrollera varan och alla parter mot aktuella listor, till exempel på [EU Sanctions Map](https://www.sanctionsmap.eu).
2. **Exportkontroll:** produkter med dubbla användningsområden (civilt och militärt) kräver tillstånd. I Sverige är det [ISP](https://www.isp.se), Inspektionen för strategiska produkter, som prövar detta. Även till synes vardagliga komponenter kan omfattas.
3. **Andra länders regler:** amerikanska sanktioner kan påverka dig indirekt, till exempel om en bank, leverantör eller transportör har kopplingar till USA.

## Betalningarna är ofta det svåraste

De flesta banker har en mycket restriktiv hållning till transaktioner med koppling till Iran, även när varan i sig är tillåten. Räkna med att:

- banken vill se **avtal, slutanvändarintyg och varubeskrivning** i förväg,
- en betalning kan stoppas eller returneras,
- betalningar via informella kanaler eller tredje part kan innebära allvarliga risker och ska undvikas.

## Innan du lämnar offert

- Gör en **kundkontroll**: vem är slutanvändaren och vad ska varan användas till?
- Fråga din bank tidigt om de alls kan hantera affären.
- Dokumentera alla kontroller du gör.
- Ta hjälp av Business Sweden, ISP eller en jurist med sanktionserfarenhet vid minsta tvekan.

Det är bättre att tacka nej till en affär än att riskera företaget.`,
  },
  {
    key: "a2-05", language: "en",
    title: "US sales tax for a Swedish software company: nexus, registration and forms",
    countries: ["US"],
    sector: "J",
    topics: ["taxes"],
    network: "ovre-norrland", visibility: "PUBLIC",
    summary: "The US has no federal VAT, but states levy sales tax with their own rules. What economic nexus means for a small SaaS exporter, and which forms American customers will ask for.",
    body: `Our company in Umeå sells a subscription tool for property managers. When American customers started to sign up, we learnt that US "sales tax" works nothing like Swedish VAT.

## No VAT – but 50 different questions

The US has **no federal VAT**. Most states, and many cities and counties, charge **sales tax**, and each state decides:

- whether **software as a service** is taxable at all,
- the rate, which can differ by location within a state,
- when a foreign seller must register.

## Economic nexus

Since a 2018 Supreme Court decision (*South Dakota v. Wayfair*), states can require a seller with no physical presence to collect sales tax once sales into the state pass a threshold – **economic nexus**. Thresholds differ by state and are usually based on revenue, sometimes also on the number of transactions. Once you pass one, you must register, collect and file in that state.

## What we did

1. Mapped sales per state every quarter.
2. Checked, state by state, whether our product is taxable.
3. Used a **sales-tax calculation service** integrated with our billing system once we passed the first threshold.
4. Registered only where required.

## Forms customers ask for

- US customers' finance teams often ask foreign suppliers for a **Form W-8BEN-E**, which states that the company is foreign and may claim benefits under the **US–Sweden tax treaty**.
- Larger customers may ask for a certificate of insurance and security documentation before signing.

## Income tax

A Swedish company without a permanent establishment in the US is generally taxed in Sweden on its profits, but hiring staff or agents in the US can change that. Talk to an adviser with US experience before you hire there; Business Sweden's US offices can point you to one.`,
  },
  {
    key: "a2-06", language: "sv",
    title: "Sälja till Brasilien: importör, CNPJ och varför en lokal partner behövs",
    countries: ["BR"],
    sector: "G",
    topics: ["partners-and-agents", "company-registration"],
    network: "stockholm", visibility: "MEMBERS",
    summary: "Ett utländskt företag kan inte själv ta in varor i Brasilien utan registreringar. Om importörer, tradingbolag och när det lönar sig att starta eget bolag.",
    body: `Jag är född i São Paulo och hjälper svenska företag att sälja industriprodukter i Brasilien. Den vanligaste frågan jag får är: ”Kan vi inte bara skicka varorna direkt till kunden?” Svaret är oftast nej.

## Någon i Brasilien måste vara importör

Den som importerar måste ha ett brasilianskt organisationsnummer, **CNPJ**, och vara **registrerad hos skattemyndigheten Receita Federal** för att få använda importsystemet. Det tar tid att få och kräver en juridisk person i landet. Därför finns tre vanliga vägar:

1. **Distributör** som köper varorna och tar hand om importen. Enklast att komma igång, men du får mindre kontroll över pris och marknadsföring.
2. **Importbolag (trading)** som importerar för din kunds räkning mot en avgift. Bra vid enstaka större affärer.
3. **Eget bolag** (oftast en *limitada*, Ltda.). Ger kontroll men kräver bokföring, skattehantering och en person med fast adress i Brasilien som representerar bolaget.

## Skatterna påverkar priset

Importen beskattas i flera led – federala och delstatliga skatter läggs på varandra – så slutpriset blir ofta mycket högre än ditt exportpris. Brasilien genomför dessutom en stor skattereform som fasas in under flera år. Be alltid partnern göra en **priskalkyl** för det färdigt förtullade priset innan ni diskuterar marginaler.

## Produktkrav

Vissa produkter kräver certifiering eller registrering innan försäljning, till exempel hos **ANVISA** (hälsa och livsmedel) eller **INMETRO** (produktsäkerhet). Den som äger registreringen har makt över produkten – se till att den ligger hos dig eller kan flyttas.

## Mitt råd

Välj partner som du skulle välja en anställd: träffa dem på plats, ring referenser och börja med ett avtal på begränsad tid. Portugisiska är ett måste i allt säljmaterial.`,
  },
  {
    key: "a2-07", language: "en",
    title: "Marketing a Swedish product in South Korea: Naver, KakaoTalk and local reviews",
    countries: ["KR"],
    sector: "J",
    topics: ["marketing-and-sales"],
    network: "vastra-gotaland", visibility: "PUBLIC",
    summary: "Korean buyers search on Naver, talk on KakaoTalk and read reviews before they contact you. How we adapted our website, sales material and lead handling for Korea.",
    body: `We make a fitness app with a hardware sensor. Korea was our third market, and our first attempts there failed because we copied our European marketing. Korean buyers simply could not find us.

## Be where people search

- **Naver** is the leading search portal in Korea, alongside Google. Naver's blogs, cafés (community forums) and knowledge Q&A shape what people read about a product. A Korean-language presence there matters more than many Europeans expect.
- **KakaoTalk** is the messaging app almost everyone uses. Businesses open a **Kakao channel** to answer questions, send news and handle customer service.
- Large e-commerce platforms such as **Coupang** are where many consumers compare prices and reviews.

## Localise properly

1. **Korean-language website and material**, written by a native speaker who knows the sector – not machine translation.
2. **Mobile first.** Our analytics showed that nearly all Korean visitors came from phones.
3. **Reviews and influencers.** We sent product samples to reviewers and asked our distributor which bloggers and creators were credible for our category.
4. **Fast responses.** Customers expect an answer on Kakao within hours, not days.

## B2B is still about relationships

For distributor meetings we brought **business cards in Korean and English**, exchanged them with both hands and followed up with a detailed written proposal. Decisions can move quickly once the senior person is convinced.

## Help available

The EU–Korea free trade agreement has removed most tariffs on industrial goods. [Business Sweden](https://www.business-sweden.com) has an office in Seoul, and the Korean trade agency KOTRA publishes information on the market. A member of our network who worked in Seoul reviewed our Korean website before launch – an hour of her time saved us a costly mistake in our tagline.`,
  },
  {
    key: "a2-08", language: "sv",
    title: "Affärsresa till Irak och Kurdistanregionen: inresa, säkerhet och möten",
    countries: ["IQ"],
    topics: ["travel-and-visas", "culture"],
    network: "skane", visibility: "MEMBERS",
    summary: "Inresereglerna skiljer sig mellan federala Irak och Kurdistanregionen, och säkerhetsläget avgör mycket. Praktiska råd inför en affärsresa till Bagdad, Erbil eller Basra.",
    body: `Jag är född i Erbil och reser regelbundet till både Kurdistanregionen och Bagdad med svenska företag inom bygg och energi. Förutsättningarna ändras ofta, så se det här som en checklista, inte som aktuella regler.

## Innan du bokar

- **UD:s reseinformation:** kontrollera den aktuella bedömningen för just de områden du ska till. Om UD avråder från resor kan din **reseförsäkring** sluta gälla – kontrollera villkoren och teckna vid behov en särskild försäkring.
- **Inresa:** reglerna för visum skiljer sig mellan **federala Irak** och **Kurdistanregionen**, som har egna rutiner på flygplatserna i Erbil och Sulaymaniyah. Visum vid ankomst eller e-visum har införts för många länder, men villkoren ändras. Kontrollera med Iraks ambassad och med din värd.
- **Inbjudan:** ett inbjudningsbrev från ett irakiskt företag eller en myndighet underlättar, särskilt för resor utanför Kurdistanregionen.
- **Stämplar:** fråga hur det fungerar om du reser mellan regionerna; olika kontrollpunkter kan fråga efter olika dokument.

## Säkerhet och logistik

1. Låt värden eller en etablerad lokal partner ordna **transporter** och boende.
2. Dela resplanen med någon hemma och ha kontakt varje dag.
3. Ha kontanter i US-dollar i små valörer; kortbetalning fungerar inte överallt.

## Mötena

Gästfrihet är central: te eller kaffe serveras och det är artigt att ta emot. Första mötet handlar om att lära känna varandra – det är sällan där avtalet förhandlas. Helgen är fredag–lördag, och under **ramadan** förskjuts arbetstiderna, så planera därefter. Affärer bygger på förtroende och personliga rekommendationer, och den som introducerar dig betyder mycket. Arabiska används i hela landet och kurdiska i Kurdistanregionen; engelska fungerar i många företag, men en tolk du litar på är värdefull.`,
  },
  {
    key: "a2-09", language: "en",
    title: "Importing restaurant ingredients from Thailand and the Philippines: checks and freight",
    countries: ["TH", "PH"],
    sector: "I",
    topics: ["logistics", "customs"],
    network: "kronoberg", visibility: "MEMBERS",
    summary: "Sauces, spices and dried goods from Southeast Asia: HS codes, food-safety checks at the EU border, consolidated sea freight and how origin can lower duty.",
    body: `I run two restaurants and a small wholesale business in Växjö. We started importing our own sauces, spices and dried goods from Bangkok and Manila because Swedish wholesalers did not carry what our cooks wanted. Here is what we learned.

## Classify before you order

Every product needs an **HS code** (in the EU an extended code from the **TARIC** database). The code decides the duty and which checks apply. Look it up in [Tullverket](https://www.tullverket.se)'s customs tariff or ask your forwarder, and get the supplier to use the same description on the invoice. You also need an **EORI** number as the importer.

## Food-safety checks

- **Products of animal origin** (for example some fish sauces, shrimp paste or products containing meat) may need to enter through a **border control post** with veterinary checks and health certificates from an approved establishment.
- Some **plant products** need a phytosanitary certificate.
- The EU applies **increased official controls** to certain foods from certain countries, for example for pesticide residues or aflatoxins in spices. The list changes; check it before each new product.

[Livsmedelsverket](https://www.livsmedelsverket.se) and the Swedish Board of Agriculture have guidance on what applies to your products.

## Freight

1. **Consolidated sea freight (LCL)** works well for mixed pallets of dry goods; a forwarder combines your goods with others in a container.
2. Plan for long lead times and add a buffer before holidays in both countries.
3. Ask for **temperature-controlled** transport for anything sensitive.

## Origin can lower duty

The Philippines benefits from the EU's **GSP+** preferences, which can reduce or remove duty for many goods if the supplier provides a valid statement on origin. Thailand's preferential status has differed – check Access2Markets for each product and country.

If you serve a halal or vegetarian menu, ask suppliers for certificates as well; our guests ask about them.`,
  },
  {
    key: "a2-10", language: "sv",
    title: "Finland som första exportmarknad: så använde vi Steps to export",
    countries: ["FI"],
    topics: ["export-support", "financing"],
    network: "ovre-norrland", visibility: "PUBLIC",
    summary: "Grannlandet är ofta den enklaste första exportmarknaden, men det är fortfarande export. Hur vi gick igenom exportplanens åtta steg och vilka stödaktörer vi använde.",
    body: `Vårt företag i Haparanda säljer ventilationsservice och har kunder på båda sidor om gränsen i Tornedalen. När vi bestämde oss för att satsa på hela norra Finland tog vi hjälp av Business Sweden och verktyget **Steps to export**.

## De åtta stegen i praktiken

1. **Nuläge och väg till målen** – vad vi redan gjorde i Torneå och vad det gav.
2. **Varför vi vill växa** – fler kunder under lågsäsong hemma.
3. **Prioriterade tjänster** – service och injustering, inte nyinstallationer.
4. **Tänkbara slutkunder** – fastighetsbolag och kommuner.
5. **Marknader och segment** – Uleåborg och Rovaniemi först.
6. **Hur och när** – en tidsplan med tydliga milstolpar.
7. **Strategi och metod** – egen personal på plats två dagar i veckan.
8. **Uppföljning** – avstämning varje kvartal.

## Skillnader som är lätta att missa

- **Språket:** svenska är officiellt språk i Finland, men i norra Finland behövs **finska** för offerter och kundkontakt.
- **Registrering:** utför ni arbete på plats kan ni behöva registrera er i Finland och få ett finskt **FO-nummer** (Y-tunnus). Moms på tjänster följer EU:s regler, men byggrelaterade tjänster har egna regler.
- **Upphandling:** offentliga kunder köper via upphandling, ofta på finska.

## Stödet vi använde

- **Regionalt exportcenter** – en dörr in till Business Sweden, [Almi](https://www.almi.se), Enterprise Europe Network och EKN.
- **Almi** för ett lån till servicebil och verktyg.
- **Enterprise Europe Network** för frågor om EU-regler.
- **Exportklubben**, där andra företagare berättade om sina misstag.

Ett tips: räkna inte med att grannlandet fungerar som Sverige bara för att det ligger nära.`,
  },
];
