import type { SeedArticle } from "./types";

// Knowledge-bank demo articles, batch B2: peer-written export guidance, half English, half Swedish.
export const articlesB2: SeedArticle[] = [
  {
    key: "b2-01", language: "en", network: "skane", visibility: "PUBLIC",
    countries: ["VN"], sector: "C", topics: ["customs", "law-and-regulation"],
    title: "Using the EU–Vietnam trade agreement: origin rules, REX and statements on origin",
    summary: "The EU–Vietnam Free Trade Agreement can lower duties on Swedish goods, but only if your product meets the origin rules and your paperwork is right.",
    body: `## What the agreement does
The **EU–Vietnam Free Trade Agreement (EVFTA)** has been in force since 2020. It removes many Vietnamese import duties on EU goods, some at once and some step by step over several years. Your buyer only gets the lower duty if the goods **originate** in the EU under the agreement's rules.

## Step by step
1. **Find the HS code** of your product. Both the tariff schedule and the product-specific origin rule depend on it.
2. **Check the origin rule** for that code. It may require a change of tariff heading, a maximum share of non-originating materials or a specific process. Keep supplier declarations for the materials you use.
3. **Register in REX**, the Registered Exporter system, if your consignments exceed the value threshold set in the agreement. In Sweden you apply through Tullverket.
4. **Write the statement on origin** on the invoice, using the exact wording in the agreement and your REX number.
5. **Send documents in time.** Vietnamese customs may ask questions, and a late or wrong statement means full duty.

## Common mistakes
- Assuming that "made in Sweden" equals EU origin. Assembly of imported components may not be enough.
- Copying a statement template from another trade agreement.
- Forgetting that the **importer** claims the preference. Brief your buyer and their customs broker.

## Useful sources
- The EU's Access2Markets portal, reached via https://europa.eu, lets you look up duties and origin rules for your HS code.
- Tullverket explains REX and preferential origin: https://www.tullverket.se
- Business Sweden in Vietnam helped us understand how our buyer's customs broker works.`,
  },
  {
    key: "b2-02", language: "sv", network: "ovre-norrland", visibility: "MEMBERS",
    countries: ["IS"], sector: "I", topics: ["culture", "travel-and-visas"],
    title: "Affärsresa till Island: möteskultur, resvägar och väder som styr",
    summary: "Ett besöksnäringsföretag från Övre Norrland om att göra affärer på Island: informella möten, snabba beslut, rekommendationer som väger tungt och praktiska reseråd.",
    body: `## Korta avstånd mellan människor
Island är ett litet land där många känner varandra. Det gör att **rekommendationer** väger tungt – och att ett dåligt intryck sprids fort. Våra första möten fick vi genom en kontakt i nätverket som har studerat i Reykjavík.

## Möteskultur
- Man använder förnamn och tonen är informell, ungefär som i Sverige.
- Många företag är små och ägarledda, så beslut kan fattas snabbt om du träffar ägaren.
- Kom väl förberedd, men räkna med att samtalet också handlar om väder, natur och gemensamma bekanta.
- Engelska fungerar utmärkt i affärer; några ord på isländska uppskattas.

## Resan
- Island ingår i **Schengen** och i den nordiska passunionen. Svenska medborgare behöver inget pass för att resa dit, men måste kunna styrka sin identitet, och flygbolagen kräver giltig id-handling. Reser du på ett annat lands pass, kontrollera vad som gäller för just det.
- Flygen landar i **Keflavík**, en bit utanför Reykjavík. Planera tid för transfer.
- **Vädret** styr. Vintertid kan stormar ställa in flyg och stänga vägar – lägg in en buffertdag.

## Samarbeten i besöksnäringen
Vi samarbetar med isländska researrangörer om paketresor som kombinerar Norrland och Island. Säsongerna liknar våra egna, så planera gemensamma produkter långt före högsäsong. Prata tidigt om **avtal, avbokningsregler och valuta** – Island har isländska kronor, och vi avtalar i euro.

## Praktiskt
- Priserna är höga; budgetera för hotell, mat och hyrbil.
- Kortbetalning fungerar nästan överallt.
- Island ligger utanför EU:s momsområde, så kontrollera momsen på tjänster ni köper och säljer med er redovisningskonsult.`,
  },
  {
    key: "b2-03", language: "en", network: "vastra-gotaland", visibility: "MEMBERS",
    countries: ["SO"], topics: ["partners-and-agents", "culture", "export-support"],
    title: "Finding reliable partners in Somalia from Sweden: diaspora networks and careful checks",
    summary: "How we used contacts in the Somali diaspora, trade references and sanctions screening to find a distributor – and what support organisations at home could and could not do.",
    body: `## Start with the network
Sweden has a large Somali-born community, and several members of our network have family or business ties in the region. That is a real asset: a peer who grew up in Mogadishu or Hargeisa can tell you which trading houses are established, which port routes work and which areas need extra caution.

## Know the map
Business conditions differ a lot between regions. The self-declared Somaliland in the north-west has its own administration, its own port at Berbera and its own procedures; Mogadishu and the federal member states have theirs. Ask every partner which authority issued their **business licence** and import permits.

## Checks we made
- Asked for registration and licence documents and verified them through a second, independent contact.
- Requested **trade references** from other foreign suppliers and called them.
- Screened the company and its owners against **EU and UN sanctions lists**. Do this before every new partner and keep a record.
- Started with small orders paid **in advance**.

## Working together
Relationships are built face to face and over time. Phone calls and messaging apps are the normal channels; once trust exists, replies and decisions can be quick. Plan around **Ramadan** and the Eid holidays, when working hours and the pace of business change.

## Support at home
Business Sweden and the regional export centre cannot do your due diligence for you, but they can help you think through risks. EKN publishes country risk classifications: https://www.ekn.se. Read the Swedish Ministry for Foreign Affairs' travel advice before any trip.

## Our result
After a year of small orders we signed a distribution agreement with a trading company that also serves neighbouring markets.`,
  },
  {
    key: "b2-04", language: "sv", network: "stockholm", visibility: "PUBLIC",
    countries: ["BR"], sector: "G", topics: ["taxes", "payments"],
    title: "Importskatter i Brasilien: räkna på landed cost innan du sätter pris",
    summary: "Brasiliens importskatter läggs på varandra och kan göra en konkurrenskraftig svensk produkt dyr på hyllan. Så räknade vi och så tar vi betalt.",
    body: `## Skatterna som läggs på
Brasilien har ett komplicerat system med både federala och delstatliga skatter vid import. De viktigaste för oss var:
- **II** – importtullen, som beror på varans nummer i tulltaxan (NCM, som bygger på HS-nomenklaturen).
- **IPI** – federal skatt på industriprodukter.
- **PIS och COFINS** – federala avgifter som också tas ut vid import.
- **ICMS** – delstatlig skatt på varor och tjänster; nivån varierar mellan delstaterna.

Flera av skatterna beräknas på ett underlag där andra skatter redan ingår, så den sammanlagda effekten blir större än summan av procentsatserna. Brasilien har dessutom beslutat om en stor skattereform som stegvis ska ersätta flera av dessa skatter – kontrollera vad som gäller när du räknar.

## Räkna landed cost
Vi bad vår importör och en lokal tullagent räkna fram hela kostnaden till lager i São Paulo: frakt, försäkring, hamnavgifter, skatter och agentens arvode. Först då kunde vi sätta ett pris som höll.

## Betalningar
- Vi började med **förskott** och gick över till delbetalning med kreditförsäkring när relationen var etablerad.
- Importörens betalning till utlandet går via deras bank enligt brasilianska valutaregler; skicka tydliga fakturor som matchar importdokumenten.
- Valutan **real** kan svänga kraftigt. Fakturera i euro eller kronor och kom överens om vem som bär valutarisken.

## Registreringar
Importören måste vara registrerad för import i Brasiliens system (RADAR och Siscomex). Fråga tidigt om de har rätt behörighet och tillräcklig gräns för dina volymer.

## Råd
Tala med EKN om kreditrisken (https://www.ekn.se) och med Business Sweden om försäljningskanaler: https://www.business-sweden.com`,
  },
  {
    key: "b2-05", language: "en", network: "kronoberg", visibility: "PUBLIC",
    countries: ["SA"], sector: "C", topics: ["law-and-regulation", "customs"],
    title: "Exporting to Saudi Arabia: SABER certificates, SFDA approval and halal rules",
    summary: "Before goods clear Saudi customs they usually need conformity certificates through SABER, and food or cosmetics also need SFDA approval. The route we took.",
    body: `## Two systems to know
- **SABER** is the Saudi online platform for product conformity, under the Saudi Standards, Metrology and Quality Organization (**SASO**). For most regulated consumer and industrial products, the importer registers the product and obtains a **Product Certificate** and a **Shipment Certificate** through an approved conformity assessment body.
- The **Saudi Food and Drug Authority (SFDA)** regulates food, cosmetics, medical devices and medicines. Products in these categories need SFDA registration or listing, and food producers may need to register their establishment.

## Halal
Food, and some other products, must meet **halal** requirements. Meat and ingredients derived from meat need a halal certificate from a certification body accepted by the SFDA. Check the list of recognised bodies before choosing one in Europe.

## Labelling
Arabic labelling is required for many products, and bilingual Arabic–English labels are common. Follow the technical regulation for your product on dates, storage conditions and importer details; relabelling in port is expensive.

## What worked for us
1. We identified the **technical regulation** that applies to our product in SABER, together with the importer.
2. We used an international testing and certification company with offices in both Sweden and Saudi Arabia.
3. We planned a shipment certificate for every consignment. Without it, goods wait in port.

## Documents
Commercial invoices and certificates of origin may need certification or legalisation. Requirements change, so ask your importer and your chamber of commerce what applies now. The importer deals with the customs authority, **ZATCA**, so keep them informed of every shipment.

## Support
Business Sweden has an office in Riyadh that can help with partner searches and regulatory questions: https://www.business-sweden.com`,
  },
  {
    key: "b2-06", language: "sv", network: "skane", visibility: "MEMBERS",
    countries: ["CN", "HK"], topics: ["law-and-regulation", "marketing-and-sales"],
    title: "Registrera varumärket i Kina och Hongkong innan du visar produkten",
    summary: "I Kina får den som registrerar först rätten till varumärket. Så skyddade vi namn, kinesiskt namn och logotyp – i två separata system.",
    body: `## Först till registret
I Kina gäller i huvudsak **first-to-file**: den som först registrerar ett varumärke får rätten, oavsett vem som använde det först. Många utländska företag har upptäckt att en distributör eller någon annan redan registrerat deras namn. Registrera därför **innan** du ställer ut på en mässa eller skickar prover.

## Hongkong är ett eget system
Hongkong har ett eget varumärkesregister. En registrering i Kina skyddar inte i Hongkong, och tvärtom. Vi ansökte i båda.

## Det kinesiska namnet
Kunder och medier ger ditt varumärke ett kinesiskt namn om du inte gör det själv. Vi tog fram ett namn med hjälp av en kollega i nätverket som vuxit upp i Guangzhou och en lokal byrå, och kontrollerade:
- uttal och betydelse på både **mandarin** och **kantonesiska**,
- att namnet inte redan var registrerat,
- att tecknen fungerar i både förenklad och traditionell skrift – Hongkong använder traditionella tecken.

## Klasser och underklasser
Kina delar in varor och tjänster i klasser och **underklasser**, och skyddet gäller bara de underklasser du anger. Täck även närliggande produkter som du kan komma att sälja.

## Vägar in
- Direkt ansökan genom ett lokalt ombud.
- Internationell registrering genom **Madridsystemet** med Kina som utpekat land.

EU finansierar dessutom en helpdesk för immaterialrätt som hjälper små företag med Kina; sök via https://europa.eu.

## Avtalen
Skriv in i distributörsavtalet att varumärket tillhör er och att distributören inte får registrera det eller liknande namn – varken i Kina eller i Hongkong.`,
  },
  {
    key: "b2-07", language: "en", network: "ovre-norrland", visibility: "PUBLIC",
    countries: ["US"], sector: "H", topics: ["logistics", "customs"],
    title: "Shipping to US customers: importer of record, DDP terms and what can go wrong",
    summary: "Quoting DDP to American buyers sounds customer-friendly but makes you responsible for the import. What our freight firm advises Swedish exporters to check first.",
    body: `## Who is the importer?
In the United States, every commercial import has an **importer of record** (IOR): the party responsible for the customs entry, the duties and compliance with the rules of other agencies. If you sell on **DDP** (Delivered Duty Paid), that party is in practice you, or someone you appoint.

## DDP, DAP or FCA?
- Under **DAP** the buyer is the importer and pays duties. Simple for you, but the customer must know how to clear goods.
- Under **DDP** you arrange clearance and pay duties. You need a licensed US customs broker, a way to act as a non-resident importer and a **customs bond**.
- **FCA** is often the cleanest option for container freight to larger buyers with their own forwarders.

Check the **Incoterms 2020** definitions with your buyer and write the chosen term, with a named place, into the contract.

## Other agencies
Customs is not the only gatekeeper. Depending on the product, other agencies apply their own requirements, for example the **FDA** for food, cosmetics and medical devices and the **FCC** for radio equipment. Food facilities that ship to the US must be registered with the FDA, and food shipments need prior notice.

## Before the first shipment
- Classify the product in the US tariff schedule (HTS). It builds on the **HS code**, but the national digits differ.
- Check whether additional duties apply to your product. US tariff policy has changed often, so verify current rates close to shipping.
- Make sure the security filing for ocean freight (ISF) is sent in time; your forwarder or broker can do it.
- Remember that **sales tax** is set by each state and is separate from customs duty.

## Our advice
Start with DAP or FCA until you know the process, and work with a forwarder that has its own US office. Tullverket explains the Swedish export side: https://www.tullverket.se`,
  },
  {
    key: "b2-08", language: "sv", network: "vastra-gotaland", visibility: "PUBLIC",
    countries: ["MA", "TN"], topics: ["culture", "marketing-and-sales"],
    title: "Franska, arabiska eller engelska? Affärsspråk i Marocko och Tunisien",
    summary: "I Marocko och Tunisien är franska ofta affärsspråket, men arabiska betyder mycket för relationen. Så anpassade vi säljmaterial, möten och uppföljning.",
    body: `## Språken i affärslivet
I både Marocko och Tunisien är **arabiska** officiellt språk, och i Marocko även **amazigh**. I näringsliv, förvaltning och högre utbildning används **franska** i stor utsträckning, och många avtal, offerter och tekniska dokument skrivs på franska. Engelska blir vanligare bland yngre och i techbranschen, men räkna inte med det.

## Så gjorde vi
- Vi lät en professionell översättare översätta produktblad, offertmall och avtal till **franska**.
- Webbplatsens landningssida finns på franska och arabiska.
- På möten hade vi med en kollega från nätverket som talar både franska och marockansk arabiska (darija). Det gjorde småpratet lättare och öppnade dörrar.

## Möteskultur
- Relationen kommer före affären. Första mötet handlar ofta om att lära känna varandra – räkna med te eller kaffe och god tid.
- Hierarkier är tydligare än i Sverige. Se till att ni träffar den som fattar beslutet.
- Bekräfta alltid överenskommelser skriftligt efter mötet, på franska.
- Under **ramadan** ändras arbetstiderna; planera möten och leveranser efter det.

## Marknadsföring
Mässor, branschförbund och personliga rekommendationer har gett oss mer än annonser. **LinkedIn** fungerar för B2B, gärna med inlägg på franska. Ha en telefon- eller WhatsApp-kontakt som svarar snabbt – det förväntas.

## Handelsavtal
EU har associeringsavtal med både Marocko och Tunisien som påverkar tullarna för många industrivaror. Kontrollera reglerna för din vara via https://europa.eu och fråga Business Sweden om marknaden: https://www.business-sweden.com`,
  },
  {
    key: "b2-09", language: "en", network: "kronoberg", visibility: "MEMBERS",
    countries: ["AU", "NZ"], sector: "C", topics: ["customs", "logistics"],
    title: "Wood packaging, pallets and biosecurity: shipping to Australia and New Zealand",
    summary: "Australia and New Zealand have strict biosecurity rules. What a Kronoberg wood products firm learned about ISPM 15, BICON, MPI standards and clean containers.",
    body: `## Biosecurity comes first
Both countries protect their farming and nature with some of the strictest import controls in the world. Customs clearance is only half the job: the **biosecurity** authorities can inspect, treat, re-export or destroy goods that do not comply, at the importer's cost.

## Wood packaging
- Pallets, crates and dunnage must comply with **ISPM 15**: heat-treated or fumigated and marked with the IPPC stamp.
- Bark must be removed as the standard requires.
- Mixed packaging, such as an old pallet from a supplier, is a classic cause of trouble. Check every piece.

## Our own products
We sell processed wood products. Depending on the product, Australia may require a treatment certificate or a phytosanitary certificate, and New Zealand has its own import health standards. Look up your product in:
- **BICON**, the Australian biosecurity import conditions database, and
- the import health standards of New Zealand's **Ministry for Primary Industries (MPI)**.

## Clean containers
Containers must be free from soil, seeds, insects and plant material, inside and out. We ask our forwarder to sweep and inspect before loading. Seasonal measures against the brown marmorated stink bug apply to many goods from Europe; check whether your goods and shipping dates are affected.

## Documents
- A packing declaration stating the packaging material and its treatment.
- A commercial invoice with **HS codes**.
- Certificates where required. In Sweden, the Swedish Board of Agriculture issues phytosanitary certificates.

## Trade agreements
The EU and New Zealand have a free trade agreement; check what it means for your product on https://europa.eu. Ask your importer in Australia about current duty rates.`,
  },
  {
    key: "b2-10", language: "sv", network: "stockholm", visibility: "PUBLIC",
    countries: ["EE", "LV"], sector: "J", topics: ["law-and-regulation", "marketing-and-sales"],
    title: "Offentlig upphandling i Estland och Lettland: så hittar och vinner du anbud",
    summary: "Baltiska myndigheter köper IT-tjänster genom elektronisk upphandling. Om TED, nationella e-upphandlingssystem, språkkrav och att lägga anbud tillsammans med en lokal partner.",
    body: `## Samma EU-regler, olika system
Estland och Lettland följer **EU:s upphandlingsdirektiv**, så grundprinciperna känns igen från Sverige: öppna förfaranden, likabehandling och möjlighet till överprövning. Upphandlingar över EU:s tröskelvärden annonseras i **TED** (Tenders Electronic Daily), som du hittar via https://europa.eu. Mindre upphandlingar annonseras nationellt.

## Hitta upphandlingarna
- Bevaka TED med en sökprofil för dina **CPV-koder**.
- Registrera dig i respektive lands **nationella e-upphandlingssystem**. Där finns dokumenten, och där lämnas anbuden elektroniskt.
- Följ de myndigheter och kommuner som redan köper liknande lösningar.

## Språk och dokument
Upphandlingsdokumenten är ofta på estniska respektive lettiska, även om engelska ibland accepteras i anbudet. Räkna med kostnader för översättning. Du kan behöva visa registreringsbevis och intyg om betalda skatter, och det europeiska standardformuläret **ESPD** används ofta för egenförsäkran.

## E-signatur
Anbud och avtal signeras ofta elektroniskt. EU:s **eIDAS-förordning** gör att kvalificerade elektroniska signaturer gäller över gränserna, men rutinerna i systemen skiljer sig åt. Testa inloggning och signering i god tid före sista anbudsdag.

## Vår erfarenhet
Vi vann vårt första kontrakt tillsammans med ett estniskt IT-bolag: de stod för lokal förankring och språk, vi för produkten. Ett **konsortium** eller ett upplägg som underleverantör sänker tröskeln för ett litet företag.

## Stöd
Enterprise Europe Network och Business Sweden kan ge råd om upphandlingar i andra EU-länder: https://www.business-sweden.com`,
  },
];
