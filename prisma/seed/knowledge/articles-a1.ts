import type { SeedArticle } from "./types";

// Knowledge-bank demo articles, batch A1: peer-written export guidance, half English, half Swedish.
export const articlesA1: SeedArticle[] = [
  {
    key: "a1-01", language: "en",
    title: "Getting paid in Vietnam: deposits, letters of credit and the Tet slowdown",
    countries: ["VN"],
    sector: "G",
    topics: ["payments"],
    network: "stockholm", visibility: "PUBLIC",
    summary: "How we structure payment terms with Vietnamese buyers: a deposit up front, a confirmed letter of credit for larger orders, and planning around the Lunar New Year.",
    body: `When we first shipped water-treatment parts to Hanoi, we accepted 60 days open account because the buyer was friendly and the order was small. The money arrived, but four months late. Since then we have used a simple ladder of payment terms.

## Our payment ladder

1. **First orders:** a deposit by bank transfer (T/T) when the order is confirmed, and the balance before the goods leave Sweden or against a copy of the bill of lading.
2. **Larger orders:** a **letter of credit** (L/C) opened by the buyer's bank in Vietnam and **confirmed** by a Swedish bank, so the payment risk sits with a bank we know. Read the L/C text carefully: a spelling mismatch between the L/C and your invoice is enough to delay payment.
3. **Trusted customers:** open account, ideally with credit insurance. [EKN](https://www.ekn.se) can cover the risk that a foreign buyer does not pay, and your bank can explain how this works with its own products.

## Things that surprised us

- Vietnam has **foreign-exchange rules**: a buyer paying in euros or dollars usually has to show the bank a contract and an invoice. Send clear, consistent documents and the transfer goes faster.
- **Tet** (the Lunar New Year, usually in late January or February) slows everything for a couple of weeks. Do not expect a payment, a signature or a shipment to move during that time, and invoice before it starts.
- Quote in one currency and state who pays bank charges on both sides. Small deductions add up over a year.

## Tip

Ask the buyer which bank they use before you agree terms. An L/C from a bank your own bank is willing to confirm is worth far more than a bigger order on open account.`,
  },
  {
    key: "a1-02", language: "sv",
    title: "Fackmässor i Tyskland: så får en liten monter att ge affärer",
    countries: ["DE"],
    sector: "C",
    topics: ["trade-fairs", "marketing-and-sales"],
    network: "vastra-gotaland", visibility: "PUBLIC",
    summary: "Tyskland har några av världens största fackmässor. Så planerar vi en mässa med liten budget: välja rätt mässa, boka möten i förväg och följa upp snabbt.",
    body: `Vi tillverkar komponenter i rostfritt stål och har ställt ut på tre tyska fackmässor. Första gången kom vi hem med en hög visitkort och nästan inga affärer. Andra gången gjorde vi om allt.

## Välj mässa efter köpare, inte efter storlek

Tyskland har stora mässbolag i bland annat Frankfurt, Hannover, Düsseldorf, Köln och München. De största mässorna är imponerande, men för ett litet företag kan en smalare branschmässa ge fler relevanta samtal. Fråga befintliga kunder vilka mässor **de** går på. Ibland arrangerar [Business Sweden](https://www.business-sweden.com) en **svensk paviljong**, vilket kan sänka kostnaden och göra monterbygget enklare – hör efter i god tid.

## Förberedelser som gjorde skillnad

- **Boka möten i förväg.** Tyska inköpare planerar sina mässdagar och vill ha en tid i kalendern, inte en spontan fråga i gången.
- **Material på tyska.** Produktblad, prislista och en tydlig rubrik på monterväggen. Engelska fungerar i samtalet, men tyska i materialet visar att ni menar allvar.
- **Tekniska svar direkt.** Ta med en person som kan svara på toleranser, certifikat och leveranstider.
- **Formell ton.** Använd efternamn och titel (Herr/Frau) tills motparten föreslår något annat, och var punktlig.

## Efter mässan

Skicka uppföljning inom en vecka, med den offert eller det datablad ni lovade. Vi sorterar kontakterna i tre grupper: offert nu, uppföljning inom tre månader och nätverk. Fråga också ditt regionala exportcenter eller Almi om det finns stöd för internationalisering som kan gälla mässdeltagande – villkoren skiljer sig mellan regioner och år.`,
  },
  {
    key: "a1-03", language: "en",
    title: "Exporting packaged food to China: GACC registration, Chinese labels and your importer",
    countries: ["CN"],
    sector: "C",
    topics: ["customs", "law-and-regulation"],
    network: "skane", visibility: "PUBLIC",
    summary: "Before the first pallet of food leaves for China, the manufacturer usually needs GACC registration, a Chinese label and an importer who knows the inspection routine.",
    body: `Our bakery-ingredients company spent almost a year getting ready for China. Most of that time went to paperwork, not to selling. Here is what we learned.

## GACC registration comes first

China's customs authority, the **General Administration of Customs of China (GACC)**, requires overseas manufacturers of most food categories to be **registered** before their products can be imported. Some higher-risk categories are registered through a recommendation from the food authority in the exporting country (in Sweden, talk to [Livsmedelsverket](https://www.livsmedelsverket.se)); for others the manufacturer applies itself in GACC's online system. The registration number must then appear on the packaging. Rules and categories change, so confirm the current list before you plan.

Some products, especially those of animal origin, may not be allowed at all until the two countries have agreed a market-access protocol. Check that before anything else.

## Labels and documents

- A **Chinese-language label** that follows the Chinese national standards for prepackaged food must be on the product before customs clearance. Your importer can often check the draft.
- Make sure the **HS code** on your commercial invoice matches what the importer declares.
- Expect a health certificate or other certificates for some products, and samples being taken at the border.

## Choose the importer carefully

The importer is the one who deals with customs inspection, so an experienced food importer is worth more than a big distributor without food experience. Agree the **Incoterms** clearly – we sell CIF to a Chinese port and let the importer handle clearance.

[Business Sweden](https://www.business-sweden.com) and our regional export centre helped us understand the order of the steps; a peer in our network who had exported dairy products saved us months.`,
  },
  {
    key: "a1-04", language: "sv",
    title: "Affärskultur i Japan: möten, visitkort och beslut i samförstånd",
    countries: ["JP"],
    topics: ["culture"],
    network: "kronoberg", visibility: "MEMBERS",
    summary: "Japanska beslut tar tid, men när de väl är fattade håller de. Praktiska råd om första mötet, visitkort, uppföljning och hur man förstår var processen står.",
    body: `Jag har sålt designprodukter till japanska butikskedjor i många år. Det viktigaste jag lärt mig är att ett japanskt ”ja” på mötet sällan betyder att affären är klar – och att ett långsamt förlopp inte betyder att intresset saknas.

## Första mötet

- **Visitkort (meishi)** är en ritual. Ta emot kortet med båda händerna, läs det, lägg det framför dig på bordet under mötet och skriv aldrig på det. Ha gärna kort med japansk text på baksidan.
- **Punktlighet** är självklart. Kom hellre tio minuter för tidigt.
- Den som pratar mest är inte alltid den som bestämmer. Ofta sitter beslutsfattaren längst från dörren och säger lite.
- En liten **gåva** från Sverige, snyggt inslagen, uppskattas. Den behöver inte vara dyr.

## Beslut i samförstånd

Japanska företag förankrar beslut brett innan de fattas, ofta genom informella samtal (**nemawashi**) och ett skriftligt beslutsunderlag som cirkulerar mellan avdelningar. Därför kommer följdfrågor i omgångar, ofta mycket detaljerade. Svara noggrant och skriftligt – det du skriver används internt för att övertyga andra.

## Uppföljning

1. Skicka en sammanfattning av mötet samma vecka.
2. Var beredd på frågor om kvalitet, förpackning och leveranssäkerhet snarare än pris.
3. Räkna med att det tar månader, inte veckor, till första order.

Frihandelsavtalet mellan EU och Japan har gjort tullfrågorna enklare för många varor, men relationen är fortfarande det som avgör. Den japanska handelsorganisationen JETRO och Business Sweden har båda material om att etablera sig på marknaden.`,
  },
  {
    key: "a1-05", language: "en",
    title: "Finding and testing a distributor in Nigeria and Ghana",
    countries: ["NG", "GH"],
    sector: "G",
    topics: ["partners-and-agents"],
    network: "ovre-norrland", visibility: "MEMBERS",
    summary: "A trial period, a registry check and clear product-registration duties: how we chose distributors in Lagos and Accra without locking ourselves in too early.",
    body: `We sell hygiene and cleaning products. West Africa is a big opportunity for us, but our first distributor in Lagos took exclusivity for the whole country and then sold almost nothing for two years. This is how we do it now.

## Before you sign

- **Check the company registry.** In Nigeria the Corporate Affairs Commission keeps the register; in Ghana the Office of the Registrar of Companies. Confirm that the company exists and who the directors are.
- **Visit the warehouse.** Ask to see how goods are stored, how they reach shops, and which brands they already carry.
- **Ask for references** from other foreign suppliers, and call them.

## Who registers the products?

Many products need registration before they can be sold: food, cosmetics and cleaning products in Nigeria often go through **NAFDAC**, and in Ghana through the **Food and Drugs Authority**. Nigeria also has the **SONCAP** conformity programme for many regulated goods. Agree in writing who applies, who pays and **in whose name the registration is held**. If the distributor holds it, changing partner later can be slow.

## Our contract model

1. A **12-month trial**, non-exclusive or limited to one city or region.
2. Simple sales targets that both sides think are realistic.
3. Exclusivity only after the targets are met.
4. Payment in advance or against a confirmed letter of credit until there is a track record. Access to foreign currency has at times been difficult for importers in Nigeria, so discuss it openly early.

Business Sweden's market advisers and members of our network who grew up in Lagos and Kumasi helped us read between the lines in the first meetings. Personal relationships matter a lot in both countries – plan to travel there more than once a year.`,
  },
  {
    key: "a1-06", language: "sv",
    title: "Starta dotterbolag i Polen: sp. z o.o., KRS och skatteregistrering",
    countries: ["PL"],
    topics: ["company-registration", "taxes"],
    network: "stockholm", visibility: "PUBLIC",
    summary: "Den vanligaste bolagsformen för utländska ägare i Polen är sp. z o.o. Så gick registreringen till för oss, från KRS till momsregistrering och verkliga huvudmän.",
    body: `Vi har en it-konsultfirma i Stockholm och startade ett polskt dotterbolag när vi anställde våra första utvecklare i Kraków. Processen var enklare än vi trodde, men det finns några steg som är lätta att missa.

## Bolagsformen

Den vanligaste formen är **spółka z ograniczoną odpowiedzialnością (sp. z o.o.)**, ungefär motsvarande ett svenskt aktiebolag. Minsta aktiekapital är lågt (5 000 złoty när vi startade – kontrollera aktuellt belopp). Alternativet är en filial (oddział), men ett eget bolag gjorde det enklare att anställa och teckna avtal.

## Registreringen steg för steg

1. **Bolagsordning** – kan göras med en standardmall i det polska onlinesystemet för registrering, eller hos notarie om ni behöver egna villkor.
2. **Registrering i KRS**, det nationella domstolsregistret. Bolaget får då normalt sitt skattenummer **NIP** och statistiknummer **REGON**.
3. **Bankkonto** och inbetalning av aktiekapitalet.
4. **Momsregistrering** hos den polska skattemyndigheten – den sker separat och kräver ofta att bolaget kan visa verklig verksamhet.
5. **Anmälan av verkliga huvudmän** till det polska registret för verkliga huvudmän, inom kort tid efter registreringen.

## Tips

- Underskrifter och dokument från Sverige kan behöva vara **bestyrkta** och ibland försedda med **apostille**; fråga i förväg vad just er bank och notarie kräver.
- Anlita en lokal bokföringsbyrå från första dagen. Polsk moms- och lönerapportering är digital och har korta tidsfrister.
- Tänk på internprissättning mellan moderbolag och dotterbolag redan från start.

[Your Europe](https://europa.eu/youreurope) har en bra översikt över att starta företag i ett annat EU-land.`,
  },
  {
    key: "a1-07", language: "en",
    title: "Financing our first project in Kenya: guarantees, export credit and who to ask",
    countries: ["KE"],
    sector: "F",
    topics: ["financing", "export-support"],
    network: "vastra-gotaland", visibility: "MEMBERS",
    summary: "A Kenyan customer asked for an advance-payment guarantee and long payment terms. How EKN, our bank and the regional export centre helped us say yes without betting the company.",
    body: `Our company installs solar-powered water pumps. When a Kenyan county contractor wanted twenty systems, the customer asked for two things we had never given anyone: an **advance-payment guarantee** and payment in instalments over two years.

## What the customer asked for

- **Advance-payment guarantee:** the customer pays a deposit, and a bank promises to repay it if we do not deliver.
- **Performance bond:** a bank guarantee that we will complete the installation.
- **Credit:** payment spread over time rather than on delivery.

Our bank was willing to issue the guarantees, but wanted security that would have tied up most of our working capital.

## Where we found help

1. **Our regional export centre** – one call, and they put us in touch with the right people at several organisations instead of us guessing.
2. **[EKN](https://www.ekn.se)**, the Swedish Export Credit Agency, can guarantee part of the bank's risk when it issues bonds for an exporter, which made our bank more comfortable. EKN can also insure the risk that the buyer does not pay the instalments.
3. **SEK** (the Swedish export credit corporation) works with larger export credits; for our size the bank and EKN were enough, but it is worth knowing the option exists.
4. **[Almi](https://www.almi.se)** discussed working-capital financing for the growth phase.

## Lessons

- Start the financing conversation **before** you send the final offer; the price must include guarantee fees and insurance premiums.
- Ask for the customer's financial information early. Every financier will want it.
- Write the payment milestones so they depend on things you control, such as delivery, not on the customer's own approvals.

The project went ahead. Without the guarantee we would have had to say no.`,
  },
  {
    key: "a1-08", language: "sv",
    title: "Affärsresa till Indien: e-visum, inbjudan och att planera kring mässor och helger",
    countries: ["IN"],
    topics: ["travel-and-visas", "trade-fairs"],
    network: "skane", visibility: "PUBLIC",
    summary: "Så ansöker du om indiskt affärsvisum utan att hamna på en falsk webbplats, och så planerar du en resa med möten i flera städer och besök på en fackmässa.",
    body: `Jag reser till Indien två gånger om året för att träffa kunder i Pune och Bengaluru. Här är min checklista, som jag delade på senaste exportklubben.

## Visum

- Svenska medborgare kan i regel söka **e-visum för affärsresor** (e-Business Visa) via den indiska regeringens officiella webbplats. Det finns många kommersiella sidor som ser officiella ut och tar extra avgifter – kontrollera adressen noga.
- Du behöver ofta ett **inbjudningsbrev** från det indiska företaget och ditt eget visitkort. Syftet med resan ska stämma med visumtypen: affärsmöten och mässbesök är affärsresor, inte turism.
- Ansök i god tid och kontrollera aktuella regler; villkor och avgifter ändras.

## Planera resan

1. **Undvik stora helger** som Diwali, då många är lediga, och tänk på att datum varierar från år till år.
2. **Räkna med restid.** Inrikesflyg är smidigt, men trafiken i storstäderna gör att två möten per dag ofta är realistiskt, inte fyra.
3. **Kombinera med en fackmässa.** De stora mässorna i Delhi, Mumbai och Bengaluru samlar köpare från hela landet. Boka mötena före mässan och använd mässdagarna för att träffa dem som är svåra att nå annars.
4. **Bekräfta mötena** dagen innan, gärna via WhatsApp, som är en vanlig kanal för affärskontakter.

## På plats

Ha gott om visitkort, räkna med att första mötet handlar mycket om relationen och att priset förhandlas i flera omgångar. [Business Sweden](https://www.business-sweden.com) har kontor i Indien och kan hjälpa till med kontakter och marknadsinformation.`,
  },
  {
    key: "a1-09", language: "en",
    title: "Hiring your first salesperson in Mexico: contracts, benefits and employer of record",
    countries: ["MX"],
    sector: "J",
    topics: ["recruitment", "law-and-regulation"],
    network: "kronoberg", visibility: "PUBLIC",
    summary: "Mexican labour law gives employees benefits a Swedish employer may not expect. How we hired our first sales manager in Mexico City through an employer of record before setting up a company.",
    body: `Our software company sells to logistics firms in Latin America. We wanted a salesperson in Mexico City long before we were ready to open a Mexican company. The solution was an **employer of record** (EOR), and a lot of reading about Mexican labour law.

## Why not just a freelance contract?

It is tempting to call a full-time salesperson a consultant. In Mexico, as in Sweden, the reality of the relationship decides: someone working only for you, on your targets and your schedule, is likely to be treated as an employee. Mexico has also tightened the rules on **outsourcing of personnel** in recent years, so get local advice on how any arrangement is structured.

## Benefits to budget for

Mexico's **Federal Labour Law** sets minimum benefits. Among those that surprised us:

- **Aguinaldo** – a mandatory year-end bonus, paid before Christmas.
- **Paid vacation plus a vacation premium**; the minimum number of days was increased recently.
- **Profit sharing (PTU)** for employees of companies that make a profit in Mexico.
- Social-security contributions to **IMSS** and the housing fund **INFONAVIT**.

Many employers also offer private health insurance and grocery vouchers because candidates expect them. Ask your EOR or adviser for the current rules – they change.

## How the EOR model works

1. The EOR is the legal employer and runs payroll, benefits and tax in Mexico.
2. You decide the role, targets and daily work.
3. You pay a monthly fee on top of salary costs.

When sales justified it, we set up our own entity and moved the employee over. Check how commissions, permanent-establishment risk and termination costs are handled before you sign with an EOR – termination of employment in Mexico can be costly.`,
  },
  {
    key: "a1-10", language: "sv",
    title: "Moms när du säljer konsulttjänster till företag i Italien och Grekland",
    countries: ["IT", "GR"],
    sector: "M",
    topics: ["taxes"],
    network: "ovre-norrland", visibility: "MEMBERS",
    summary: "Huvudregeln för tjänster till företag i andra EU-länder är omvänd betalningsskyldighet. Så fakturerar vi kunder i Italien och Grekland och vad deras digitala system innebär.",
    body: `Jag driver en liten ingenjörskonsultfirma och har kunder i Milano och Thessaloniki. Momsen var det som skrämde mig mest i början, men för vanliga konsulttjänster till företag är det ganska rakt.

## Huvudregeln: omvänd betalningsskyldighet

När du säljer tjänster till ett **företag** i ett annat EU-land är huvudregeln att tjänsten beskattas i köparens land och att **köparen redovisar momsen** där. På fakturan skriver du ingen svensk moms, men du ska ange:

- ditt eget och kundens **momsregistreringsnummer**,
- en hänvisning till **omvänd betalningsskyldighet** (”Reverse charge”),
- fakturan i övrigt enligt de vanliga kraven.

Kontrollera kundens momsnummer i EU:s **VIES**-tjänst innan du fakturerar och spara resultatet. Försäljningen redovisas i din momsdeklaration och i en **periodisk sammanställning** till [Skatteverket](https://www.skatteverket.se).

## Undantag att se upp med

Huvudregeln gäller inte alla tjänster. Tjänster som rör **fastigheter** på plats, **tillträde till evenemang** som konferenser och vissa transporttjänster kan beskattas där de utförs – då kan du behöva registrera dig för moms i Italien eller Grekland.

## Kundernas digitala system

- **Italien** har obligatorisk elektronisk fakturering mellan inhemska företag via systemet **SDI**. Som utländsk leverantör utan etablering skickar du normalt en vanlig faktura, men din kund behöver rapportera köpet digitalt och kan be om uppgifter i ett visst format. Kunden har ett momsnummer som kallas *partita IVA*.
- **Grekland** har plattformen **myDATA**, där företag rapporterar fakturor till skattemyndigheten. Kunden kan fråga efter ditt momsnummer och fakturanummer för sin rapportering.

Reglerna utvecklas, så fråga din redovisningskonsult eller Skatteverket om något är oklart.`,
  },
];
