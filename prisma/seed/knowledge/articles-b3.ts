import type { SeedArticle } from "./types";

// Knowledge-bank demo articles, batch B3: peer-written export guidance, half English, half Swedish.
export const articlesB3: SeedArticle[] = [
  {
    key: "b3-01", language: "en", network: "vastra-gotaland", visibility: "PUBLIC",
    countries: ["MX"], sector: "G", topics: ["customs", "partners-and-agents"],
    title: "Importing into Mexico: customs brokers, the importer registry and NOM labels",
    summary: "Mexican imports go through a licensed customs broker, and the importer must be in the importer registry. How we organised our first shipments of consumer goods.",
    body: `## The customs broker
In Mexico, imports are normally cleared by a licensed **customs broker** (agente aduanal), who files the import declaration, the *pedimento*, on the importer's behalf and shares responsibility for it. A good broker is one of your most important partners. Ask your distributor which broker they use and talk to them early.

## The importer
Your Mexican buyer must be registered in the **Padrón de Importadores**, the importer registry, and for some product categories in a sector-specific registry too. If your buyer is new to importing, registration can take time – check before you sign.

## Labelling: NOM
Many products sold to consumers must meet Mexican official standards, the **NOM**. For us that meant:
- Commercial labelling in **Spanish**, with the importer's name and tax ID (RFC), contents and country of origin.
- For electrical products, a NOM certificate from an accredited body.
- Labels applied before export or in an authorised warehouse in Mexico before the goods reach the market.

## Trade agreement
The EU–Mexico agreement removes duties on many industrial goods, and a modernised agreement has been negotiated. Your buyer needs correct **origin** paperwork from you to claim the preference. Look up your HS code via https://europa.eu.

## Working with partners
- Mexico is large. A distributor strong in Monterrey may be weak in Guadalajara or Mexico City.
- Relationships matter: visit, share meals and follow up by phone and WhatsApp.
- Agree on **Incoterms**. We use FCA at a Swedish port and let the buyer's forwarder handle the rest.

## Help
Business Sweden in Mexico can help with distributor searches: https://www.business-sweden.com`,
  },
  {
    key: "b3-02", language: "sv", network: "ovre-norrland", visibility: "MEMBERS",
    countries: ["KR"], sector: "C", topics: ["law-and-regulation", "customs"],
    title: "Sälja elektronik till Sydkorea: KC-märkning och frihandelsavtalet med EU",
    summary: "Elektriska produkter behöver ofta KC-certifiering för att få säljas i Sydkorea. Om testning, vem som äger certifikatet och hur EU-avtalet påverkar tullen.",
    body: `## KC-märkningen
Sydkorea har ett eget system för produktsäkerhet och elektromagnetisk kompatibilitet: **KC-märkning** (Korea Certification). Många elektriska och elektroniska produkter måste certifieras eller registreras innan de får säljas. CE-märkning räcker inte, men testrapporter enligt internationella IEC-standarder kan ibland användas som underlag.

## Så gick det till för oss
1. Vi klassificerade produkten och fick besked om vilka krav som gällde – säkerhet, EMC, radio eller flera av dem.
2. Vi anlitade ett testinstitut med koreansk samarbetspartner som skötte ansökan.
3. Vi tänkte igenom i vems namn certifikatet skulle stå – tillverkarens eller importörens. Vi valde vårt eget namn, så att vi kan byta importör utan att certifiera om.
4. Vi tog fram märkning och koreansk text till förpackning och bruksanvisning.

## Frihandelsavtalet
**Frihandelsavtalet mellan EU och Sydkorea** har tillämpats sedan 2011 och har tagit bort de flesta tullar på industrivaror. För att köparen ska få tullfrihet krävs en **ursprungsförsäkran** på fakturan, och över en viss värdegräns måste exportören vara **godkänd exportör**. Kontrollera reglerna hos Tullverket: https://www.tullverket.se

## Försäljning och service
Koreanska köpare förväntar sig snabba svar och hög servicenivå. Ha en lokal partner som ger support på koreanska, och räkna med att relationen fördjupas under middagar efter arbetstid.

## Tips
- Ta med KC-kostnaden och ledtiden i kalkylen redan när du lämnar offert.
- Ändrar du produkten kan certifikatet behöva uppdateras.
- Business Sweden i Seoul känner till vanliga fallgropar: https://www.business-sweden.com`,
  },
  {
    key: "b3-03", language: "en", network: "stockholm", visibility: "MEMBERS",
    countries: ["ET"], topics: ["payments", "financing"],
    title: "Getting paid from Ethiopia: letters of credit and foreign exchange constraints",
    summary: "Ethiopian buyers have often had to wait for foreign currency from their bank before they can pay. How we structure deals with letters of credit, advance payment and patience.",
    body: `## Why payment can take time
In Ethiopia, foreign exchange for imports is handled through the banking system, and importers have often had to wait for their bank to make foreign currency available. The rules have been changing, including steps towards a more market-based exchange rate, so ask your buyer and their bank what applies now.

## Letters of credit
Many imports into Ethiopia are paid by **letter of credit** (L/C). Our lessons:
- Ask for a **confirmed** L/C, so a bank you trust guarantees payment. Your Swedish bank can tell you whether it will confirm for the issuing bank.
- Read the draft L/C before it is issued. Check the latest shipment date, the expiry date, the documents required and the **Incoterms**.
- Documents must match the L/C exactly. Discrepancies delay payment.
- Budget for bank fees on both sides and agree who pays what.

## Other options
- **Documentary collection** (cash against documents) can work with established buyers but carries more risk.
- **Advance payment** is safest, but few buyers can arrange it.
- An **export credit guarantee** from EKN may cover part of the risk on credit sales: https://www.ekn.se

## Logistics affects payment
Ethiopia is landlocked, and most sea freight arrives through Djibouti. Transit times and port documents matter for your L/C dates, so add margin to the latest shipment and presentation dates.

## Working capital
While you wait for payment, your own cash is tied up. Our bank's trade finance team and Almi (https://www.almi.se) helped us bridge the gap between production and payment.

## Relationships
Business is personal. Meet buyers in Addis Ababa, keep in regular contact and be patient when a payment depends on the bank's allocation. A buyer who keeps you informed is worth more than one who promises fast payment.`,
  },
  {
    key: "b3-04", language: "sv", network: "ovre-norrland", visibility: "PUBLIC",
    countries: ["NO"], sector: "G", topics: ["customs", "taxes", "logistics"],
    title: "Varor till Norge: tull, norsk moms och speditör för små företag",
    summary: "Norge ligger utanför EU:s tullunion och momsområde. Så hanterar vi exportdeklaration, norsk importmoms och leveranser till norska privatkunder.",
    body: `## Grannland men tredje land
Norge är med i EES men inte i EU:s tullunion. Varje sändning är därför en **export** från Sverige och en **import** till Norge, med tulldeklarationer på båda sidor om gränsen. Många industrivaror är tullfria, men jordbruksvaror och livsmedel kan ha höga tullar.

## Till företagskunder
- Skicka med handelsfaktura med **HS-nummer**, ursprung och vikt.
- Vi säljer utan svensk moms, eftersom export är momsfri när den kan styrkas med dokument.
- Den norska köparen betalar norsk importmoms (**MVA**) och eventuell tull.
- Välj **Incoterms** som gör ansvaret tydligt; DAP med speditör fungerar bra för oss.

## Till privatkunder
Säljer du till norska konsumenter blir det mer komplicerat. För varor med lågt värde finns en förenklad ordning, **VOEC**, där utländska säljare registrerar sig och tar ut norsk moms direkt vid försäljningen. Kontrollera värdegränser och villkor hos norska Skatteetaten innan du börjar.

## Gränspassagen
Från Övre Norrland går mycket gods över landgränsen. Kontrollera tullstationens öppettider och se till att speditören har deklarationerna klara innan bilen kommer fram. Vi använder en speditör som sköter både den svenska och den norska deklarationen.

## Om du också utför arbete i Norge
Levererar du montering eller service på plats kan du behöva registrera dig för moms i Norge och rapportera uppdraget och de anställda till norska myndigheter. Kontrollera med Skatteverket och norska Skatteetaten: https://www.skatteverket.se

## Läs mer
Tullverket har vägledning om handel med Norge: https://www.tullverket.se`,
  },
  {
    key: "b3-05", language: "en", network: "skane", visibility: "PUBLIC",
    countries: ["ID", "MY"], sector: "C", topics: ["law-and-regulation", "marketing-and-sales"],
    title: "Halal certification for food exports to Indonesia and Malaysia",
    summary: "Halal certification is a market expectation in Malaysia and a legal requirement for many products in Indonesia. How our Skåne food producer chose a certifier accepted in both.",
    body: `## Two markets, two systems
- In **Indonesia**, the halal product assurance law makes halal certification mandatory for many food and beverage products, with other categories phased in over time. The authority is **BPJPH**. Foreign certificates must come from a body recognised under Indonesia's arrangements, and the certificate is then registered in Indonesia.
- In **Malaysia**, halal certification is managed by **JAKIM**, the Department of Islamic Development Malaysia. Imported products can be accepted when certified by a foreign halal body that JAKIM recognises.

## Choosing a certifier
We picked a European certification body that appears on **both** recognised lists for our product category. Check the lists yourself: recognition is given per scope, and the lists change.

## What certification involved
- A review of every ingredient and supplier, including processing aids and flavourings.
- Separate production lines for halal and non-halal products, or documented cleaning procedures.
- An audit of the plant and a plan for renewal.
- Staff training on what may not enter the line.

## Labels and marketing
Use your certifier's **halal logo** exactly as licensed. Indonesia requires labels in **Bahasa Indonesia**, and in Malaysia labels in **Malay**, often together with English, are expected. Halal certification is also a quality signal for buyers in other markets.

## Other registrations
Halal does not replace ordinary food registration: **BPOM** in Indonesia and the Ministry of Health's food safety requirements in Malaysia. Your importer usually holds these registrations, so agree in writing what happens to them if you change importer.

## Help
Business Sweden works in both markets and can help you find importers: https://www.business-sweden.com`,
  },
  {
    key: "b3-06", language: "sv", network: "kronoberg", visibility: "MEMBERS",
    countries: ["FR"], sector: "G", topics: ["partners-and-agents", "law-and-regulation"],
    title: "Handelsagent i Frankrike: ersättning vid uppsägning och andra avtalsfällor",
    summary: "Franska handelsagenter har starkt skydd när avtalet upphör. Vad vi lärde oss om agentavtal, distributörer och uppsägning – och vad det kostade oss.",
    body: `## Agent eller distributör?
En **handelsagent** förmedlar affärer i ditt namn mot provision; kunden köper av dig. En **distributör** köper varorna och säljer vidare i eget namn. Skillnaden påverkar både risken och vad som händer när samarbetet upphör.

## Agentens skydd
EU:s **handelsagentdirektiv** ger agenter rätt till ersättning när avtalet upphör, och i Frankrike är skyddet starkt. I fransk praxis har ersättningen ofta motsvarat ungefär två års provision, men bedömningen görs i varje enskilt fall – fråga en fransk advokat. Reglerna går inte att avtala bort till agentens nackdel.

## Vår miss
Vi sa upp en agent efter fyra år för att starta egen försäljning. Vi hade inte räknat med ersättningen, och den blev en stor post i budgeten det året. Med en plan hade vi kunnat förhandla fram en övergång i stället.

## Checklista för avtalet
- Tydligt **distrikt** och vilka kundgrupper som ingår.
- Provision: på vilka order, när den betalas och hur den beräknas.
- **Uppsägningstider** som minst motsvarar direktivets miniminivåer.
- Rapportering: besöksrapporter och prognoser.
- Vem som äger kundregister och marknadsmaterial.
- Vilken lag som gäller och var tvister avgörs.

## Överväg distributör
Om du vill kunna byta partner utan stor kostnad kan en **distributör** passa bättre, men då släpper du också kontrollen över priser och kunder. Även distributörsavtal kan ge rätt till ersättning vid uppsägning, så läs på.

## Kultur
Avtal och korrespondens på **franska** uppskattas och minskar missförstånd. Franska affärspartner förväntar sig ofta en formell ton i början och väl förberedda möten.

## Läs mer
EU:s regler om handelsagenter finns via https://europa.eu`,
  },
  {
    key: "b3-07", language: "en", network: "stockholm", visibility: "PUBLIC",
    countries: ["TR"], topics: ["trade-fairs", "travel-and-visas"],
    title: "A network trip to a trade fair in Istanbul: visas, passports and planning",
    summary: "When our network travelled to a fair in Istanbul, members held passports from five countries. How we handled visa rules, residence permits, invitations and meetings.",
    body: `## One trip, many passports
Our group of eight members held five different passports. Visa rules for **Türkiye** depend on your nationality, not on where you live, so a Swedish resident with another citizenship may need a visa when a Swedish citizen does not. We asked every participant to check the rules for their own passport with the Turkish embassy or the official e-visa service at least two months before the trip.

## Checklist for members
- A passport valid long enough after the trip; check the current requirement.
- A visa or e-visa if your nationality requires one.
- Your Swedish **residence permit card** if you are not a Swedish citizen – you need it to return to Sweden and the Schengen area.
- An invitation letter from the fair organiser or a Turkish company, if the visa application asks for one.
- Travel insurance that covers business travel.

## Making the fair count
- Register online as a **trade visitor** in advance; it saves time at the entrance.
- Book meetings before travelling. Turkish exhibitors are usually glad to meet foreign buyers and partners.
- Istanbul spans two continents, and traffic between fairgrounds and hotels can take a long time. Stay close to the venue.
- Bring plenty of business cards. Tea is often offered at stands, and accepting it is polite.

## After the fair
We held a debrief in the network the week after and shared the contacts we had made, sorted by sector.

## Support and trade rules
Business Sweden in Istanbul and your regional export centre can help with fair programmes: https://www.business-sweden.com. The **EU–Turkey customs union** covers industrial goods, which makes trade simpler than with many other non-EU markets.`,
  },
  {
    key: "b3-08", language: "sv", network: "vastra-gotaland", visibility: "MEMBERS",
    countries: ["ZA"], sector: "F", topics: ["law-and-regulation", "partners-and-agents"],
    title: "B-BBEE i Sydafrika: vad det betyder för dig som leverantör och partner",
    summary: "I Sydafrika påverkar B-BBEE-nivån vem som vinner kontrakt. Om hur en byggnära leverantör från Västra Götaland tänkte kring partner, ägande och verifiering.",
    body: `## Vad är B-BBEE?
**Broad-Based Black Economic Empowerment** (B-BBEE) är Sydafrikas politik och lagstiftning för att öka det ekonomiska deltagandet för grupper som stängdes ute under apartheid. Företag får en **B-BBEE-nivå** utifrån ett poängkort med bland annat ägande, ledning, kompetensutveckling, leverantörsutveckling och samhällsinsatser.

## Varför det spelar roll för en exportör
- Offentliga upphandlingar och många stora företag tar hänsyn till leverantörernas B-BBEE-nivå.
- Kunderna får poäng för inköp från leverantörer med god nivå; en utländsk leverantör utan lokal närvaro bidrar ofta inte till deras poäng.
- I bygg- och anläggningssektorn finns dessutom branschspecifika regler.

## Så gjorde vi
Vi sålde först direkt från Sverige men förlorade anbud. Därefter gick vi in i ett samarbete med en sydafrikansk **distributör med god B-BBEE-nivå**, som sköter lager, installation och service. Längre fram kan ett eget bolag bli aktuellt, och då behöver ägande och lokala insatser planeras från början.

## Checklista
- Be om partnerns giltiga **B-BBEE-certifikat** eller intyg och kontrollera vem som utfärdat det.
- Ta reda på vilka delar av poängkortet samarbetet påverkar, till exempel leverantörsutveckling.
- Skriv in i avtalet vad som händer om partnerns nivå ändras.
- Anlita en lokal rådgivare; reglerna och branschkoderna revideras.

## Kontakter
Business Sweden i Johannesburg och den svenska handelskammaren i Sydafrika har erfarenhet av frågan: https://www.business-sweden.com`,
  },
  {
    key: "b3-09", language: "en", network: "kronoberg", visibility: "PUBLIC",
    countries: ["CA"], sector: "J", topics: ["recruitment", "company-registration"],
    title: "Hiring your first employee in Canada: employer of record or your own company?",
    summary: "A Växjö software firm on hiring a customer success manager in Canada: provincial employment rules, payroll, employer of record services and when to incorporate.",
    body: `## Rules vary by province
In Canada, most employment standards – notice periods, vacation, public holidays – are set by the **province** where the employee works, except in federally regulated industries. An employee in Ontario and one in British Columbia follow different rules. In Quebec, French is the normal language of work, which affects contracts and internal documents.

## Three ways to hire
1. **Employer of record (EOR).** A Canadian provider employs the person on your behalf and runs payroll, deductions and benefits. Fast to start, no company needed, and you pay a monthly fee.
2. **Your own Canadian company.** Federal or provincial incorporation, then registration with the **Canada Revenue Agency** for a business number and a payroll account. More administration, more control.
3. **Contractor.** Possible, but misclassification is a real risk if the person in practice works like an employee.

## What we did
We started with an EOR for the first hire and incorporated after 18 months, when we had three people and local customers who preferred a Canadian contract party.

## Recruitment tips
- Salary expectations differ by city; benchmark locally.
- Benefits such as extended health insurance are commonly expected on top of public healthcare.
- Reference checks are normal; ask the candidate's permission first.
- Time zones matter: Eastern Time is six hours behind Sweden for most of the year.

## Tax
Staff who conclude sales in Canada may create a **permanent establishment** for your Swedish company. Sweden and Canada have a tax treaty; read it with your accountant and check Skatteverket's guidance: https://www.skatteverket.se

## Trade agreement
**CETA**, the EU–Canada agreement, also has rules that ease some temporary business travel, useful when colleagues from Sweden visit customers.`,
  },
  {
    key: "b3-10", language: "sv", network: "skane", visibility: "PUBLIC",
    countries: ["EG"], topics: ["travel-and-visas", "export-support"],
    title: "Förbered en affärsresa till Egypten: visum, exportstöd och möten i Kairo",
    summary: "Så planerade vår grupp från Skåne en gemensam affärsresa till Egypten – från visumfrågor och reseråd till stöd från regionalt exportcenter och Business Sweden.",
    body: `## Börja hemma
Innan vi bokade något hade vi ett möte med **regionalt exportcenter** i Skåne. Där fick vi direkt kontakt med Business Sweden, Almi och EKN. Tanken med en dörr in är att du snabbt ska hitta rätt aktör, oavsett om frågan gäller marknadsinformation, finansiering eller kreditrisk.

## Visum och dokument
- Kraven på visum beror på vilket **pass** du reser på. Många kan söka e-visum i förväg eller få visum vid ankomst, men villkoren ändras – kontrollera med Egyptens ambassad eller den officiella e-visumtjänsten.
- Passet ska vara giltigt en tid efter resan.
- Har du svenskt uppehållstillstånd men annat medborgarskap: ta med ditt **uppehållstillståndskort**.
- Läs **Utrikesdepartementets reseråd** före resan.

## Mötena
- En medlem i nätverket som vuxit upp i Alexandria hjälpte oss boka möten med importörer och branschorganisationer.
- Räkna med att möten flyttas och att trafiken i Kairo tar tid – planera högst tre möten per dag.
- Arbetsveckan är i regel söndag till torsdag hos myndigheter och många företag; fredag är vilodag.
- Arabiska är affärsspråket, men engelska är vanlig i näringslivet. Ha visitkort på både engelska och arabiska.

## Under ramadan
Arbetsdagarna blir kortare och möten hålls ofta senare på dagen. Vi valde att resa efter ramadan.

## Efter resan
Vi skrev en gemensam rapport till nätverkets kunskapsbank och skickade offerter inom två veckor. EU och Egypten har ett associeringsavtal; kontrollera vad det betyder för tullen på din vara via https://europa.eu. Almi kan hjälpa till med finansiering av nästa steg: https://www.almi.se`,
  },
];
