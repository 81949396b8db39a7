import type { SeedStory } from "./types";

// Export stories: a firm's journey into one market, as told at an export club. The firms are fictional.
export const stories: SeedStory[] = [
  {
    key: "story-01", language: "en", network: "ovre-norrland", visibility: "PUBLIC",
    countries: ["VN"], sector: "C", topics: ["partners-and-agents", "trade-fairs", "culture"],
    title: "From Umeå to Ho Chi Minh City: how our bakery ovens found their first Asian customers",
    summary: "A small Umeå maker of bakery ovens told the export club how a network peer, a trade fair and a patient agent turned Vietnam into its first market outside Europe.",
    body: `## Who we are
We are a family firm in Umeå with twenty employees, making deck ovens and proofing cabinets for artisan bakeries. Until a few years ago we sold only in the Nordic countries.

## Why Vietnam
A member of our Kosmopolit network who grew up in Ho Chi Minh City told us about the growing number of cafés and bakeries there, many inspired by French baking traditions. Bakeries wanted reliable ovens that could run all day, and the **EU–Vietnam Free Trade Agreement** was lowering duties on equipment like ours. That combination made us take the market seriously.

## The steps
1. We went through **Steps to export** with a regional advisor and wrote down why Vietnam, which products and which customers.
2. We joined a network trip to Vietnam, with our peer as trip leader and interpreter.
3. We exhibited at a food and hospitality fair in Ho Chi Minh City and baked bread on the stand.
4. We signed a one-year trial agreement with an agent who also services kitchen equipment.
5. We registered in **REX** and learned to write statements on origin, so buyers actually got the lower duty.

## The turning point
Our first order came eight months after the fair – not from the fair itself, but from a bakery chain whose owner had tasted bread from a demo oven our agent had installed at a partner café. From then on that café was our showroom. We stopped thinking in sales trips and started thinking in **reference customers**: every installation became a place where the next buyer could see and taste the result.

## Where we are now
We have ovens running in bakeries across the south and are looking at Hanoi. The agent's technicians have been trained in Umeå, and we answer service questions in a shared chat group every day. Vietnam now teaches us how to enter the next Asian market.`,
    story: {
      market: "VN",
      whatWorked: "Going with someone who knew the market from the inside. Our network peer explained how decisions are made in family-owned bakery chains, and when to push and when to wait. A live demonstration oven did more than any brochure. Choosing an agent with its own technicians meant customers trusted that someone local could fix a problem quickly. Registering in REX early made the trade agreement's lower duty real for our buyers.",
      whatDidNotWork: "Our first price list was in euros with Swedish delivery terms, and nobody could work out the landed cost. We underestimated the electrical differences, and our first oven needed changes on site. Email follow-up after the fair gave almost nothing; phone calls and messaging apps worked much better. We also planned one visit during the Tet holiday, when most of our contacts were away.",
      helpfulContacts: "A regional export advisor who took us through Steps to export; a Kosmopolit peer who grew up in Ho Chi Minh City and joined our first meetings; the Nordic business chamber in Vietnam for lists of kitchen equipment distributors; our forwarder's Asia desk for shipping and origin paperwork; Almi for working capital while the first containers were at sea.",
    },
  },
  {
    key: "story-02", language: "sv", network: "vastra-gotaland", visibility: "MEMBERS",
    countries: ["BR"], sector: "C", topics: ["taxes", "partners-and-agents", "trade-fairs"],
    title: "Från Göteborg till São Paulo: så tog vårt vattenreningsföretag sig in i Brasilien",
    summary: "Ett företag som tillverkar filter för industrins processvatten berättade på exportklubben om två års arbete med importskatter, mässor och en distributör i São Paulo.",
    body: `## Företaget
Vi är ett företag i Göteborgsregionen med trettio anställda som tillverkar filtersystem för processvatten i livsmedels- och pappersindustrin. Vi exporterade redan till Norden och Tyskland.

## Varför Brasilien
Brasilien har en stor livsmedels- och massaindustri och allt högre krav på hur vatten används och renas. En kollega i vårt Kosmopolit-nätverk, uppvuxen i Campinas, hade arbetat på ett stort bryggeri och kände till behoven. Många svenska industriföretag har funnits i Brasilien länge, vilket gav oss referenser att prata om.

## Stegen
1. En marknadsanalys tillsammans med Business Sweden.
2. Ett besök på en branschmässa för vatten- och miljöteknik, där vi träffade tre tänkbara distributörer.
3. En grundlig genomgång av importkostnaderna. Tullen och skatterna **IPI, PIS/COFINS och ICMS** gjorde produkten betydligt dyrare i Brasilien än vi trott.
4. Avtal med en distributör som hade rätt importbehörighet och egna servicetekniker.
5. Manualer på **portugisiska** och utbildning av distributörens personal i Göteborg.

## Vändpunkten
Det avgörande var när vi slutade se Brasilien som ett land och började se det som flera marknader. Vår distributör var stark i delstaten São Paulo men svag i söder. I stället för att pressa dem att täcka hela landet lät vi dem fokusera – och försäljningen tog fart när de kunde visa en fungerande anläggning hos ett bryggeri en timme från sitt kontor. Kunderna ville se, känna och prata med någon som redan använde systemet.

## Idag
Vi har ett tiotal installationer och utreder om delar av systemen ska monteras i Brasilien, vilket kan påverka både skatter och leveranstider. Vi åker dit tre gånger om året och har en portugisisktalande säljare i Göteborg.`,
    story: {
      market: "BR",
      whatWorked: "Att räkna fram landed cost tillsammans med distributören och en lokal tullagent innan vi satte priser. Att välja en distributör med egen service och rätt importbehörighet. Att ta referenskunderna en i taget, nära distributörens kontor. Kollegan från nätverket hjälpte oss förstå hur beslut fattas i familjeägda brasilianska industriföretag och hur viktig den personliga relationen är – vi åt många långa luncher.",
      whatDidNotWork: "Vårt första anbud byggde på svenska priser plus frakt och blev helt orealistiskt när skatterna lades på. Vi försökte också sköta allt på engelska; först när materialet fanns på portugisiska började kunderna läsa det. En tidigare distributör lovade att täcka hela landet men saknade servicefolk, och det kostade oss nästan ett år.",
      helpfulContacts: "Business Sweden för marknadsanalys och kontakter; den svensk-brasilianska handelskammaren för träffar med svenska företag på plats; en kollega i Kosmopolit-nätverket som vuxit upp i delstaten São Paulo; en lokal tullagent (despachante aduaneiro) för kostnadskalkyler; EKN när distributören ville ha längre betalningstider och vi behövde förstå kreditrisken.",
    },
  },
  {
    key: "story-03", language: "en", network: "kronoberg", visibility: "PUBLIC",
    countries: ["KE"], sector: "C", topics: ["financing", "partners-and-agents", "export-support"],
    title: "From Växjö to Nairobi: how our solar cold rooms reached Kenyan farmers",
    summary: "A Kronoberg firm making solar-powered cold rooms explained how pilots, a local partner and pay-per-use pricing turned Kenya into its main export market.",
    body: `## Who we are
We are a small engineering firm in Växjö that designs solar-powered cold rooms for fruit, vegetables and milk. Our background is refrigeration for Swedish farms.

## Why Kenya
Kenya has a large horticulture sector and many smallholder farmers who lose part of their harvest because there is no cooling between field and market. A network member born in Kisumu explained how farmers' cooperatives work and how common mobile payments are. In rural areas a reliable grid connection is not a given, which made solar power interesting.

## The steps
1. We prepared with our **regional export centre** in Kronoberg, which brought Business Sweden, Almi and EKN to one meeting.
2. We ran two pilot units with cooperatives to test the technology in real conditions.
3. We learned the import side: the **Kenya Bureau of Standards** conformity requirements for imported products, the importer's documents and how solar equipment is treated for duty – rules we check before every shipment, because they change.
4. We partnered with a Nairobi company that installs solar systems and has technicians in several counties.

## The turning point
The pilots proved that the technology worked, but farmers could not pay the full price up front. The breakthrough came when our partner offered **pay-per-use**: cooperatives pay per crate stored, via mobile money. Suddenly the cold room was a service, not a large investment. The partner owns the units; we sell to the partner on credit, with an **export credit guarantee** behind the credit period so our bank could finance it.

## Now
Units are running in several counties, and our partner is looking at neighbouring markets. We spend more time on training and spare parts logistics than on sales – which we take as a good sign.`,
    story: {
      market: "KE",
      whatWorked: "Pilots with real users before any large order, and a local partner with its own technicians, so service was never far away. Letting the partner design the business model: pay-per-use via mobile money fitted how farmers earn money far better than any financing we could have designed from Sweden. The export credit guarantee gave our bank the confidence to finance the credit period we offered the partner.",
      whatDidNotWork: "We first shipped units designed for Swedish conditions. Dust, heat and rough roads meant redesigning the panel mountings and door seals. Our first price ignored spare parts, and sending parts one by one by air freight was expensive. We also spent months talking to large distributors who liked the product but did not want to carry the financing.",
      helpfulContacts: "The regional export centre in Kronoberg as our one door in; Business Sweden in Nairobi for partner searches; a Kosmopolit peer born in Kisumu who knew how the cooperatives work; EKN for the export credit guarantee; Almi for a loan to build the pilot units; a Swedish forwarder with an East Africa desk for shipments through Mombasa.",
    },
  },
  {
    key: "story-04", language: "sv", network: "skane", visibility: "PUBLIC",
    countries: ["PL"], sector: "F", topics: ["law-and-regulation", "recruitment", "marketing-and-sales"],
    title: "Från Helsingborg till Gdańsk: så blev Polen vår första exportmarknad",
    summary: "Ett ventilationsföretag från Skåne berättade hur de gick från att följa svenska kunder till Polen till egna uppdrag för polska beställare – och vad utstationeringsreglerna betydde.",
    body: `## Företaget
Vi är ett installationsföretag i Helsingborg med fyrtio anställda som projekterar och installerar ventilation i kontor, skolor och lager.

## Varför Polen
Flera av våra montörer är födda i Polen, och en av delägarna växte upp i Gdańsk. När svenska fastighetsbolag började bygga i Polen frågade de om vi kunde följa med. Färjorna från Skåne gjorde det praktiskt att resa fram och tillbaka.

## Stegen
1. Vi gick igenom **Steg till export** med en rådgivare och bestämde oss för att börja med svenska kunder i Polen och först därefter söka polska beställare.
2. Vi lärde oss reglerna för **utstationering**: A1-intyg för socialförsäkringen, anmälan till den polska arbetsmiljöinspektionen och polska minimivillkor för lön och arbetstid.
3. Vi kontrollerade med rådgivare om vi behövde registrera oss för moms i Polen och om projekten kunde skapa fast driftställe.
4. Vi anställde en polsk projektledare och översatte dokumentation och egenkontroller till polska.

## Vändpunkten
Efter två projekt för svenska kunder ringde en polsk entreprenör som hade sett vårt arbete på en byggarbetsplats. Det var första gången vi fick ett uppdrag direkt från en polsk beställare. Då förstod vi att vår styrka var **dokumentationen och energiberäkningarna**, inte priset. Vi ändrade vår marknadsföring därefter och visade upp mätprotokoll och energivinster i stället för timpriser.

## Idag
Vi har ett litet polskt dotterbolag med egen personal och skickar inte längre montörer från Sverige till varje projekt. Det har gjort oss både billigare och mer lokala, och polska kunder ser oss i dag som ett polskt företag med svensk bakgrund.`,
    story: {
      market: "PL",
      whatWorked: "Att börja med kunder vi redan kände och låta dem ta med oss in på marknaden. Att ha polsktalande personal och en delägare som förstod hur byggbranschen fungerar i Polen. Att vara noggranna med utstationeringsreglerna från första dagen – kunderna frågade efter A1-intygen och vi kunde visa dem direkt. Dokumentation på polska blev ett säljargument i sig.",
      whatDidNotWork: "Vi underskattade den administrativa tiden för anmälningar, moms och lönevillkor och hade ingen budget för det i de första kalkylerna. Att skicka montörer fram och tillbaka över Östersjön blev dyrt och slitsamt för personalen. En mässa i Warszawa gav nästan inga affärer; besök på byggarbetsplatser och referenser från nöjda beställare gav betydligt mer.",
      helpfulContacts: "En rådgivare på regionalt exportcenter i Skåne som ledde oss genom Steg till export; Business Sweden i Polen för kontakter med polska beställare; Försäkringskassan för A1-intyg; en polsk redovisningsbyrå för moms och löner; den svenska handelskammaren i Polen; kollegor i Kosmopolit-nätverket som redan driver egna bolag i Polen.",
    },
  },
  {
    key: "story-05", language: "en", network: "stockholm", visibility: "MEMBERS",
    countries: ["IN"], sector: "J", topics: ["marketing-and-sales", "company-registration", "culture"],
    title: "From Stockholm to Bengaluru: how our HR software firm learned to sell in India",
    summary: "A Stockholm software firm told the export club how it went from one pilot customer to a local team in India – and why pricing and partners mattered more than features.",
    body: `## Who we are
We build scheduling and HR software for companies with shift workers. We are 35 people in Stockholm, and until recently most of our customers were in the Nordics.

## Why India
Our co-founder grew up in Bengaluru and knew that many Indian companies with large shift workforces – in logistics, retail and manufacturing – still planned shifts in spreadsheets. India also offered strong software talent for support and implementation.

## The steps
1. We started by selling from Sweden to the Indian subsidiary of an existing Swedish customer: a pilot that gave us a local reference.
2. We adapted the product: holidays per state, several languages in the app and integrations with payroll systems common in India.
3. We worked with a Bengaluru implementation partner instead of hiring at once.
4. After a year we set up a **private limited company** to invoice locally, employ staff and handle **GST** properly, with a chartered accountant taking care of filings.

## The turning point
Our Nordic pricing did not work. Indian buyers compared us with local tools priced far lower. The turning point was a **per-site** pricing model and a lighter package for mid-sized firms, sold through our implementation partner, who already had relationships with HR heads. Deals that had stalled for months closed within weeks, because the partner could explain the value in the customer's own terms.

## Now
We have a team of eight in Bengaluru, mostly in customer success, and customers in several states. Decisions in larger Indian companies often involve several levels of management, so we plan for longer sales cycles and build relationships with every stakeholder, not only the first contact.`,
    story: {
      market: "IN",
      whatWorked: "Starting with a Swedish customer's Indian subsidiary gave us a reference and local feedback at low risk. A partner with existing relationships sold much faster than our own outreach. Local pricing, state holidays and language support showed we were serious. Our co-founder's knowledge of how business relationships are built in India – regular meetings and visible commitment from senior people – saved us many mistakes.",
      whatDidNotWork: "Cold email campaigns from Stockholm got almost no response. We underestimated the time needed to set up the company, open bank accounts and get tax registrations in place, and should have engaged a chartered accountant earlier. Our first contracts were Swedish templates that Indian legal teams rewrote completely; a template under Indian law would have saved weeks.",
      helpfulContacts: "Business Sweden in India for market data and partner introductions; a Kosmopolit peer who grew up in Bengaluru and has run a business there; a chartered accountant firm for company registration and GST; the regional export centre for contacts at EKN and Almi; the Swedish chamber of commerce in India for meeting local managers of other Swedish firms.",
    },
  },
  {
    key: "story-06", language: "en", network: "vastra-gotaland", visibility: "PUBLIC",
    countries: ["MX"], sector: "C", topics: ["trade-fairs", "customs", "partners-and-agents"],
    title: "From Borås to Guadalajara: how our technical textiles found a distributor in Mexico",
    summary: "A Borås textile firm described how a trade fair, Spanish-language samples and getting the customs paperwork right led to a distributor in Guadalajara.",
    body: `## Who we are
We are a textile company in Borås making technical fabrics for workwear and outdoor products. We export across Europe, and Mexico became our first market in the Americas.

## Why Mexico
Mexico has a large manufacturing sector, including workwear and outdoor clothing for both the domestic and the North American markets. A colleague in our network, born in Guadalajara, pointed out that manufacturers there were looking for European fabrics with documented environmental performance. The **EU–Mexico agreement** removes duties on many industrial products when the origin rules are met.

## The steps
1. We mapped garment manufacturers with help from Business Sweden.
2. We visited a textile trade fair in Mexico with sample books, Spanish descriptions and technical data sheets.
3. We checked the **origin rules** for our fabrics – yarn from outside the EU affects origin – and collected supplier declarations.
4. We chose a distributor in Guadalajara with its own warehouse and a licensed **customs broker** it used regularly.
5. We confirmed labelling: we sell to manufacturers, but the **NOM** rules on textile labelling decide what they print on finished garments, so we supply the data they need.

## The turning point
Our first shipment was held at customs because the invoice description did not match the tariff classification the broker used. Afterwards we sat down with the broker and the distributor and agreed on **HS codes**, descriptions and document templates for every product. Since then clearance has been routine, and the distributor dared to hold stock – which is what really started sales.

## Now
We ship full containers several times a year, and the distributor sells to manufacturers in Jalisco and in the north of the country.`,
    story: {
      market: "MX",
      whatWorked: "Samples and data sheets in Spanish, and a distributor who already worked with a good customs broker. Meeting manufacturers at their factories, not only at the fair, built trust. Our network colleague from Guadalajara joined calls and explained that the lunch after a meeting could be where the real conversation happened. Agreeing HS codes and document templates with the broker made every shipment predictable.",
      whatDidNotWork: "We assumed all our fabrics had EU origin; some did not, because of the yarn, so we had to adjust which products we offered with preferential origin. Our first invoice descriptions were too vague for Mexican customs. We also tried to cover the whole country with one distributor and learned that Mexico City, Guadalajara and Monterrey are very different markets.",
      helpfulContacts: "Business Sweden for a list of manufacturers and meeting bookings; a Kosmopolit peer born in Guadalajara; the distributor's licensed customs broker; Tullverket's guidance on origin and supplier declarations; our regional export centre in Västra Götaland; Swedish companies already established in Mexico, met through Business Sweden events.",
    },
  },
  {
    key: "story-07", language: "sv", network: "kronoberg", visibility: "MEMBERS",
    countries: ["TR"], sector: "C", topics: ["customs", "payments", "culture"],
    title: "Från Ljungby till Izmir: så började vår maskinverkstad exportera till Turkiet",
    summary: "En verkstad i Kronoberg berättade på exportklubben om tullunionen, A.TR-intyg, betalning i euro och en kollega i nätverket som öppnade de första dörrarna.",
    body: `## Företaget
Vi är en maskinverkstad i Ljungby med femton anställda som tillverkar precisionskomponenter till transportband och förpackningsmaskiner.

## Varför Turkiet
En medlem i vårt Kosmopolit-nätverk, uppvuxen i Izmir, berättade om den stora livsmedels- och förpackningsindustrin i regionen. Turkiska maskinbyggare behövde en pålitlig leverantör av vissa precisionsdelar med korta ledtider. Genom **tullunionen mellan EU och Turkiet** kan industrivaror handlas utan tull när rätt dokument finns.

## Stegen
1. Vi deltog i nätverkets gemensamma affärsresa till Izmir och Istanbul, med vår kollega som reseledare.
2. Vi lärde oss om **A.TR-varucertifikatet**, som visar att varorna är i fri omsättning i EU och omfattas av tullunionen.
3. Vi översatte det viktigaste i offerter och tekniska dokument till turkiska.
4. Vi kom överens med de första kunderna om **betalning i euro** och delbetalning i förskott.

## Vändpunkten
Efter första besöket hände ingenting på flera månader. Vår kollega förklarade att vi behövde komma tillbaka – relationen byggs över tid, över te och middagar, och kunderna ville se att vi tänkte stanna. Vid andra besöket tog vi med vår produktionschef, som kunde svara på varje teknisk fråga direkt vid maskinen. Två veckor senare kom den första ordern, och den kunden har sedan rekommenderat oss till tre andra.

## Idag
Turkiet är en av våra största exportmarknader. Vi fakturerar i euro, tar delbetalning i förskott av nya kunder och har en turkisk agent som besöker kunderna varje månad. Nästa steg är att hålla ett litet lager av standarddelar i Izmir.`,
    story: {
      market: "TR",
      whatWorked: "Att ha med någon som kände både språket och affärskulturen. Att komma tillbaka gång på gång och ta med tekniker, inte bara säljare. A.TR-intyget gjorde tullhanteringen enkel för kunderna, och fakturering i euro skyddade oss mot valutasvängningar. En agent på plats som talar turkiska och besöker kunderna regelbundet har varit avgörande för att hålla relationerna levande mellan våra resor.",
      whatDidNotWork: "Vi trodde att ett bra första möte betydde en snabb order. Vi skickade de första offerterna i kronor, vilket ingen kund ville ha. En gång saknades A.TR-intyget i sändningen, och godset fastnade i tullen i flera dagar. Ett mässbesök utan förbokade möten gav få kontakter jämfört med de besök som vår kollega hade förberett.",
      helpfulContacts: "En rådgivare på regionalt exportcenter i Kronoberg; Business Sweden i Istanbul för kundlistor och mötesbokning; en kollega i Kosmopolit-nätverket uppvuxen i Izmir som var vår reseledare; vår speditör, som hjälper till med A.TR och exportdeklarationer; Tullverkets vägledning om handel med Turkiet; EKN när en kund ville ha längre kredit.",
    },
  },
  {
    key: "story-08", language: "en", network: "ovre-norrland", visibility: "PUBLIC",
    countries: ["IS"], sector: "J", topics: ["marketing-and-sales", "trade-fairs", "culture"],
    title: "From Skellefteå to Reykjavík: how our maintenance software won Icelandic fishing firms",
    summary: "A Skellefteå software firm told the export club how a fisheries exhibition, a peer who studied in Iceland and one demanding pilot customer opened the Icelandic market.",
    body: `## Who we are
We are a software company in Skellefteå with twelve people. Our system plans maintenance for vessels and heavy vehicles, and our first customers were Swedish shipping firms and mining contractors.

## Why Iceland
Fishing is one of Iceland's most important industries, and its fishing companies are known for investing in technology. A member of our network who studied in Reykjavík told us that maintenance planning on many vessels was still done in spreadsheets, and that Icelandic firms were used to buying Nordic solutions. The market is small, but the customers are demanding – a good test before larger fishing nations.

## The steps
1. We visited the fisheries exhibition held in the Reykjavík area, where much of the industry meets.
2. Our network peer introduced us to two technical managers. No sales pitch: we asked about their problems.
3. We offered one company a **paid pilot** at a reduced price on two vessels.
4. We translated the crew interface into Icelandic and kept documentation for managers in English.
5. We checked the **VAT** treatment of software sold to Icelandic companies with our accountant, since Iceland is outside the EU VAT area.

## The turning point
The pilot customer was demanding. Its engineers sent feedback almost every day, and some of it hurt. But when we delivered their changes within weeks, the technical manager started talking about us at industry meetings. In a small country, that kind of recommendation is marketing money cannot buy. Two more companies signed within a year.

## Now
We have customers around Iceland and use them as references when we approach fishing companies in Norway and the Faroe Islands. We visit Iceland every quarter and always plan a spare day for the weather.`,
    story: {
      market: "IS",
      whatWorked: "Listening before selling: our first meetings were about the customers' problems, not our features. A paid pilot made both sides committed. Delivering the pilot customer's requests quickly turned them into an advocate, and in Iceland word of mouth travels fast. Our network peer knew whom to call and how informal and direct business conversations there usually are, with first names and quick decisions from owners.",
      whatDidNotWork: "We first sent a generic English brochure to a list of companies and got no answers at all. We planned a winter visit without a buffer day and lost two meetings to a cancelled flight. Pricing in Swedish kronor confused customers, so we moved to euros. We also underestimated how much support in Icelandic the crews would want.",
      helpfulContacts: "A Kosmopolit peer who studied in Reykjavík and made the first introductions; a Business Sweden advisor for the Nordic markets; the regional export centre in Västerbotten, which helped us with contacts and a business development voucher for the pilot; our accountant for VAT on services to customers outside the EU; Icelandic fisheries trade organisations, whose member lists helped us find prospects.",
    },
  },
];
