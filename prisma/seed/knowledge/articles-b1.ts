import type { SeedArticle } from "./types";

// Knowledge-bank demo articles, batch B1: peer-written export guidance, half English, half Swedish.
export const articlesB1: SeedArticle[] = [
  {
    key: "b1-01", language: "en", network: "ovre-norrland", visibility: "PUBLIC",
    countries: ["IS"], sector: "A", topics: ["customs", "logistics", "law-and-regulation"],
    title: "Selling Nordic berry products to Iceland: EEA rules, customs and labels",
    summary: "Iceland is in the EEA but not in the EU customs union, so every food shipment needs customs paperwork. What we learned shipping berry products from Norrbotten to Reykjavík.",
    body: `## The EEA is not the customs union
Iceland is part of the **European Economic Area**, so much EU product legislation applies there too. But Iceland is **not in the EU customs union** and not in the EU VAT area. Every shipment is an export from Sweden and an import into Iceland.

## What the paperwork looked like for us
- An **export declaration** in Sweden, filed by our forwarder with our **EORI number**.
- A commercial invoice with the **HS code** of each product, net weight and country of origin.
- An **origin declaration** on the invoice, so our buyer could claim preferential treatment where it applies. Many agricultural products are handled outside the main EEA tariff rules, so check the origin and tariff rules for your exact product before you promise zero duty.
- Import VAT and any duties are paid in Iceland by the importer. Agree on **Incoterms** (we use FCA) so nobody is surprised.

## Food specifics
Some agricultural products face duties or quotas in Iceland, and fresh products of animal origin have stricter rules than processed berry products like ours. Our importer asked for an Icelandic-language sticker on each jar. Ask your importer which authority checks your product category and what the label must say.

## Logistics
Goods go by sea container from Scandinavian ports, or by air freight for small, urgent orders. Sailings are less frequent than you may be used to, so keep stock in Iceland to cover the gap between departures.

## Where to ask
Tullverket explains export declarations to countries outside the EU: https://www.tullverket.se. Business Sweden can help with market questions, and a network peer who has shipped to Iceland will save you a few mistakes.`,
  },
  {
    key: "b1-02", language: "sv", network: "vastra-gotaland", visibility: "MEMBERS",
    countries: ["VN"], sector: "C", topics: ["partners-and-agents", "culture"],
    title: "Hitta rätt agent i Vietnam: från mässkontakt till avtal",
    summary: "Erfarenheter från ett maskinföretag i Västra Götaland som valde agent framför eget kontor i Vietnam – om urval, provperiod, avtal och relationer.",
    body: `## Varför agent och inte eget bolag
För oss var volymerna för små för att motivera ett eget bolag. En **agent** som arbetar mot provision ger närvaro på marknaden utan fasta kostnader – men kräver mer uppföljning än man tror.

## Så valde vi
- Vi listade kandidater från mässor, via Business Sweden och via en medlem i nätverket som vuxit upp i Ho Chi Minh-staden.
- Vi bad varje kandidat beskriva **tre kunder de redan betjänar** i vår bransch – och ringde två av dem.
- Vi besökte de två mest lovande på plats och träffade även deras tekniker, inte bara ägaren.

## Avtalet
Vi skrev avtalet på engelska med en **provperiod på ett år**, ett tydligt område (södra Vietnam till att börja med), provisionsnivåer och vad som händer med kundlistan om samarbetet upphör. Låt en jurist med kunskap om vietnamesisk rätt granska det, och bestäm hur tvister ska lösas, till exempel genom **skiljeförfarande**.

## Relationen är själva jobbet
Förtroende byggs över tid och ofta utanför mötesrummet – middagar och återbesök betyder mycket. Vi lärde oss att ett ja på mötet inte alltid betyder att beslutet är fattat; det kan behöva förankras hos fler. Ring hellre än mejla när något är viktigt, och räkna med att allt går långsammare kring **Tet**, det vietnamesiska nyåret.

## Tips
- Ge agenten säljmaterial på **vietnamesiska** och utbildning i produkten.
- Bjud in agentens tekniker till Sverige en gång om året.
- Följ upp varje månad med en kort rapport om offerter och besök.

En agent som inte kan svara på tekniska frågor tappar kunden till en konkurrent.`,
  },
  {
    key: "b1-03", language: "en", network: "skane", visibility: "PUBLIC",
    countries: ["BR"], sector: "C", topics: ["law-and-regulation", "partners-and-agents"],
    title: "ANVISA registration in Brazil: why your product needs an independent registration holder",
    summary: "Medical devices and cosmetics need ANVISA approval before they can be sold in Brazil, and only a Brazilian company can hold the registration. Choose that company carefully.",
    body: `## Who can apply
**ANVISA**, Brazil's health regulatory agency, regulates medical devices, cosmetics, food supplements and more. A foreign manufacturer cannot hold the registration itself: a **Brazilian legal entity** holds it on your behalf. Often that is the importer or distributor, but it can also be a specialised regulatory firm.

## The trap we almost fell into
Our first distributor offered to register our device "for free". Had we agreed, the registration would have been in their name, and changing distributor later would have meant negotiating a transfer or starting over. We chose an **independent registration holder** (a regulatory consultancy), so we can change or add distributors without losing market access.

## What to prepare
- Technical documentation and labelling in **Portuguese**. Translations take time; budget for them.
- The **risk class** of your product under Brazilian rules; it decides how heavy the process is.
- For higher-risk devices, evidence of Good Manufacturing Practice, and for some electrical medical equipment a product certification under the INMETRO system.
- Legalised company documents. Brazil is party to the **Apostille Convention**, so Swedish documents usually need an **apostille** from a notary public rather than embassy legalisation.

## Timelines and costs
Plan for months, not weeks, and check current fees and timelines with your registration holder. Do not ship stock until the registration is published.

## Where to start
Business Sweden has advisors in Brazil who know the regulatory landscape: https://www.business-sweden.com. A peer in the network who has been through an ANVISA process once is worth many hours of reading.`,
  },
  {
    key: "b1-04", language: "sv", network: "stockholm", visibility: "MEMBERS",
    countries: ["SO"], sector: "G", topics: ["logistics", "customs"],
    title: "Frakt till Somalia: hamnar, speditörer och dokument som håller hela vägen",
    summary: "Så skickar vi reservdelar och utrustning till Mogadishu och Berbera: val av speditör, omlastning, konossement, försäkring och kontroller före avsändning.",
    body: `## Hamnarna
De viktigaste hamnarna för oss är **Mogadishu** och **Berbera** i nordväst, där självutnämnda Somaliland har egen administration och egna tullrutiner. Gods från Europa går i regel via omlastning i någon av de stora hamnarna i regionen. Räkna med längre och mindre förutsägbara transittider än inom Europa.

## Välj speditör med erfarenhet
- Fråga efter **referenser för just Somalia**, inte bara för Östafrika.
- Kontrollera att speditören har ett ombud i lossningshamnen som kan sköta tullklarering och vidaretransport.
- Be om en tydlig offert: frakt, omlastning, hamnavgifter och vad som ingår på destinationen.

## Dokumenten
- Handelsfaktura och packlista med **HS-nummer**, vikt och värde.
- **Konossement** (bill of lading) med exakt rätt mottagare – ändringar i efterhand kostar tid.
- Ursprungsintyg om köparen behöver det; handelskamrarna utfärdar sådana.
- Svensk **exportdeklaration** med ditt **EORI-nummer**.

## Innan du skickar
Kontrollera varorna mot **exportkontrollreglerna** och mottagaren mot **sanktionslistor** – både EU och FN har sanktioner med koppling till Somalia. För de flesta civila varor är det inget hinder, men kontrollen ska göras och dokumenteras. Är du osäker, fråga Tullverket eller en jurist.

## Försäkring och Incoterms
Vi säljer på **FCA** eller **CIP** och försäkrar godset hela vägen. Med CIP ansvarar vi för försäkringen, vilket köparna ofta uppskattar.

## Lärdom
Vår första sändning stod i omlastningshamnen i tre veckor eftersom konossementet angav fel mottagare. Sedan dess går en kollega i nätverket med kontakter i Mogadishu igenom dokumenten med köparen innan vi bokar. Läs mer om export till länder utanför EU på https://www.tullverket.se`,
  },
  {
    key: "b1-05", language: "en", network: "kronoberg", visibility: "PUBLIC",
    countries: ["CH"], sector: "C", topics: ["trade-fairs", "customs"],
    title: "Taking stand equipment and samples to a trade fair in Switzerland: the ATA Carnet",
    summary: "Switzerland is outside the EU customs union, so your stand, demo machine and samples cross a customs border. How a Småland manufacturer used an ATA Carnet for a Swiss fair.",
    body: `## Why customs matters for a fair
Switzerland is not in the EU or the EU customs union. Goods you bring to a Swiss trade fair – a demo machine, display material, laptops, samples – are in customs terms imported into Switzerland and later re-exported. Without the right paperwork you may have to pay duty and Swiss VAT, or leave a deposit at the border.

## The ATA Carnet
An **ATA Carnet** is an international customs document for the **temporary admission** of goods such as professional equipment and goods for exhibitions and fairs. It works like a passport for your goods:
- In Sweden, carnets are issued by the **chambers of commerce**.
- You list every item with value, weight and serial numbers.
- You provide a guarantee to the issuing chamber, which covers duties if goods do not come back.
- Customs stamps the carnet when goods leave the EU, enter Switzerland, leave Switzerland and come home.

## Mistakes to avoid
- We forgot to list a spare part for the demo machine. List **everything**, including cables and tools.
- **Consumable samples** and giveaways are not re-exported, so they do not belong on the carnet. Check how Swiss customs treats them and declare them separately if needed.
- Do not sell the demo machine at the fair unless you are ready to clear it properly for import.

## Planning the fair itself
Swiss buyers expect punctuality, precise technical information and material in the language of the region – German, French or Italian depending on where the fair is held. Have prices ready in **Swiss francs** as well as euros.

## Read more
Tullverket explains temporary export and ATA Carnets: https://www.tullverket.se. Business Sweden can tell you which fairs matter in your sector: https://www.business-sweden.com`,
  },
  {
    key: "b1-06", language: "sv", network: "vastra-gotaland", visibility: "PUBLIC",
    countries: ["IN"], sector: "J", topics: ["company-registration", "taxes"],
    title: "Eget bolag i Indien: private limited company, liaison office eller inget alls?",
    summary: "Vi jämförde tre vägar in på den indiska marknaden för ett IT-konsultbolag. Vad varje form innebär och vad du bör kontrollera med rådgivare innan du bestämmer dig.",
    body: `## Tre alternativ
1. **Sälja från Sverige** utan närvaro i Indien. Enklast, men se upp så att du inte skapar ett **fast driftställe** genom personal som sluter avtal på plats.
2. **Liaison office** (representationskontor). Får marknadsföra och hålla kontakt men inte bedriva intäktsbringande verksamhet. Kräver godkännande enligt valutareglerna, via en bank och **Reserve Bank of India**.
3. **Private limited company** (dotterbolag). Registreras hos Registrar of Companies genom Ministry of Corporate Affairs.

## Det vi valde
Vi startade ett **private limited company** eftersom vi ville fakturera indiska kunder lokalt och anställa utvecklare. Det krävde bland annat:
- minst två styrelseledamöter, varav minst en bosatt i Indien enligt lagens definition,
- digitala signaturer och identifikationsnummer för styrelseledamöterna,
- bestyrkta och **apostillerade** dokument från Sverige,
- skatteregistreringar (PAN och TAN) och registrering för **GST**.

## Skatt
Sverige och Indien har ett **skatteavtal**, som bland annat påverkar källskatt på royalty och tekniska tjänster. Internprissättning mellan moder- och dotterbolag granskas noga i Indien, så dokumentera från början. Kontrollera aktuella regler med en revisor i Indien och med Skatteverket: https://www.skatteverket.se

## Lärdomar
- Välj en lokal revisionsbyrå (chartered accountant) som sköter den löpande rapporteringen.
- Sena inlämningar ger förseningsavgifter och merarbete.
- Räkna med att bankkonto och registreringar tar längre tid än själva bolagsbildningen.`,
  },
  {
    key: "b1-07", language: "en", network: "stockholm", visibility: "MEMBERS",
    countries: ["AE"], sector: "M", topics: ["company-registration", "taxes"],
    title: "Free zone or mainland company in the UAE? What our consultancy weighed up",
    summary: "A Stockholm consultancy compares UAE free zone and mainland licences: who you may sell to, office and visa requirements, corporate tax and VAT.",
    body: `## Two kinds of licence
In the United Arab Emirates you set up either in one of the many **free zones** or on the **mainland**, licensed by the emirate's economic department. Rules differ between emirates and between free zones, so treat this as a map, not a manual.

## What we compared
- **Who you may sell to.** Free zone companies are oriented towards business inside the zone and abroad; selling directly on the local market may require a distributor or extra permits. A mainland licence lets you trade across the UAE.
- **Ownership.** Rules on foreign ownership of mainland companies have been liberalised for many activities. Check your activity on the current list.
- **Office.** Both require some form of office lease; flexible desks are common in free zones.
- **Visas.** The number of residence visas for staff is tied to your licence and office space.
- **Public sector clients.** If you want government customers, a mainland set-up is often expected.

## Tax
The UAE has **VAT** and has introduced a federal **corporate tax**. Free zone companies may qualify for preferential treatment if they meet specific conditions. Get advice from a UAE-registered tax advisor and your Swedish accountant before you decide where profits should arise.

## What we chose
We started in a free zone, because our first clients were regional head offices in the same zone, and we kept invoicing other clients from Sweden.

## Practical notes
- The working week is Monday to Friday, with shorter Fridays in many workplaces.
- Swedish company documents need **attestation** before use in the UAE; check the current procedure with the UAE embassy.
- Business Sweden in Dubai can explain which free zones suit your sector: https://www.business-sweden.com`,
  },
  {
    key: "b1-08", language: "sv", network: "skane", visibility: "MEMBERS",
    countries: ["PL"], sector: "G", topics: ["recruitment", "law-and-regulation"],
    title: "Din första säljare i Polen: anställning, B2B-avtal eller Employer of Record",
    summary: "Tre sätt att få en säljare på plats i Polen och vad de betyder för ansvar, kostnader och risk. Erfarenheter från ett grossistföretag i Skåne.",
    body: `## Alternativen
- **Anställning** enligt polsk arbetsrätt (umowa o pracę). Ger den anställde fullt skydd och dig ansvar som arbetsgivare i Polen: sociala avgifter, registreringar och löneadministration.
- **B2B-avtal** med en säljare som driver egen firma och fakturerar dig. Det är vanligt i Polen, men om uppdraget i praktiken ser ut som en anställning kan det omklassificeras. Låt en polsk jurist granska upplägget.
- **Employer of Record** eller bemanningsföretag som formellt anställer personen åt dig. Dyrare per månad, men snabbt att komma igång.

## Vad vi gjorde
Vi började med ett B2B-avtal i sex månader och gick sedan över till anställning i ett polskt dotterbolag när försäljningen växte.

## Rekryteringen
- Vi annonserade på **polska** och intervjuade på polska och engelska; en kollega i nätverket som är född i Kraków satt med.
- Vi bad om **referenser** från tidigare arbetsgivare och ringde dem.
- Fast lön plus provision fungerade bättre än ren provision.

## Se upp med
- **Fast driftställe**: en säljare som sluter avtal i ditt namn kan göra ditt svenska bolag skattskyldigt i Polen.
- **Socialförsäkring**: den som arbetar i Polen omfattas normalt av polsk socialförsäkring enligt EU:s samordningsregler.
- **Konkurrensklausuler** måste utformas enligt polska regler för att gälla.

## Hjälp
Business Sweden har verksamhet i Polen och kan hjälpa till med rekrytering och partnersökning: https://www.business-sweden.com`,
  },
  {
    key: "b1-09", language: "en", network: "kronoberg", visibility: "PUBLIC",
    countries: ["TW"], topics: ["culture", "marketing-and-sales"],
    title: "First meetings in Taiwan: introductions, name cards, banquets and follow-up",
    summary: "What we learned on three sales trips to Taipei and Taichung: the value of a warm introduction, how meetings run, and why follow-up in Chinese pays off.",
    body: `## Warm introductions count
Cold emails to Taiwanese companies rarely got answers. Introductions did: through a network peer who studied in Taipei, through Business Sweden, and through Taiwanese trade associations. A mutual contact tells your counterpart that you are serious.

## In the meeting
- Exchange **name cards** with both hands, Chinese side up if your card is bilingual, and read the card you receive before putting it away.
- Taiwan uses **traditional Chinese characters**, not the simplified characters of mainland China. Print cards and brochures accordingly.
- Greet the most senior person first; seniority often decides who speaks.
- Many managers speak good English, but bring material in Chinese for colleagues who will read it later.
- Expect detailed questions on quality control, delivery times and references from other Asian customers.

## Dinners and banquets
A dinner invitation is a sign of interest. Toasts are common; joining with tea or a soft drink is widely accepted if you do not drink alcohol. Return the hospitality on your next visit.

## Follow-up
- Send a summary the same day, ideally with a Chinese version.
- Messaging apps such as **LINE** are widely used for business contact.
- Be patient: decisions often need approval from the owner or from headquarters.

## Calendar and compliance
Plan around **Lunar New Year**, when many companies close for a week or more. Electrical and electronic products often need **BSMI** certification before sale, so check requirements for your product early. Business Sweden can help with market questions: https://www.business-sweden.com`,
  },
  {
    key: "b1-10", language: "sv", network: "ovre-norrland", visibility: "PUBLIC",
    countries: ["PE"], sector: "C", topics: ["financing", "payments", "export-support"],
    title: "Exportkreditgaranti och remburs för en gruvorder till Peru",
    summary: "En stor order till en peruansk gruventreprenör krävde kredit till köparen. Om EKN:s garantier, bekräftad remburs och hur regionala exportcentret kopplade ihop oss med rätt aktörer.",
    body: `## Utgångsläget
Vi tillverkar slitdelar och utrustning för gruvor i Norrbotten. En entreprenör i Peru, där gruvnäringen är stor, ville köpa för ett betydande belopp – med **betalning 180 dagar efter leverans**. Den risken kunde vi inte bära själva.

## En dörr in
Vi kontaktade vårt **regionala exportcenter**, som samlade Exportkreditnämnden (EKN), Almi och Business Sweden på ett och samma möte. Det sparade oss flera veckor av att leta rätt person.

## Vad EKN kan göra
EKN utfärdar **exportkreditgarantier** som skyddar exportören om köparen inte betalar, av kommersiella eller politiska skäl. Garantin kan också göra det lättare att få banken att finansiera affären. Premien beror bland annat på landrisk, köparens kreditvärdighet och kredittidens längd. Läs mer på https://www.ekn.se

## Remburs för nästa order
Vid nästa order föreslog banken en **bekräftad remburs** (letter of credit): en bank betalar när du visar upp rätt dokument.
- Granska rembursvillkoren innan köparen öppnar den – en felstavning kan stoppa betalningen.
- Kontrollera att alla dokument (konossement, faktura, ursprungsintyg) går att ta fram i tid.
- Kom överens om valuta och om vem som bär valutarisken.

## Ursprung och tull
EU:s handelsavtal med Peru kan ge köparen lägre tull om varorna har **förmånsberättigande ursprung**. Kontrollera ursprungsreglerna för era tulltaxenummer hos Tullverket.

## Lärdomar
- Prata finansiering **innan** offerten skickas, så att priset kan bära kostnaden.
- Almi kan hjälpa med rörelsekapital under produktionstiden: https://www.almi.se
- En kollega i nätverket som vuxit upp i Lima hjälpte oss förstå hur köparens inköpsavdelning arbetade och vilka banker den föredrog.`,
  },
];
