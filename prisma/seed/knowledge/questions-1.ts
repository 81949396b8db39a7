import type { SeedQuestion } from "./types";

// Demo questions and answers for the knowledge bank, part 1 (q1-01 … q1-12).
export const questions1: SeedQuestion[] = [
  {
    key: "q1-01",
    language: "en",
    title: "Do I need a local agent to sell machinery spare parts in Kenya?",
    countries: ["KE"],
    sector: "G",
    topics: ["partners-and-agents", "law-and-regulation", "customs"],
    network: "ovre-norrland",
    visibility: "PUBLIC",
    body: "We sell wear parts and hydraulic components for mining and forestry machines from Skellefteå. A contractor in Nairobi has ordered twice by email and now wants us to appoint a company he knows as our **agent** for East Africa.\n\nIs a local agent legally required to sell goods into Kenya, or is that just how business is usually done? And what should I watch out for in the agreement if we go ahead? We have never had an agent outside the Nordics.",
    answers: [
      {
        body: "When we started selling hydraulic parts into Nairobi we had no agent in the legal sense, just a distributor who buys and resells. As far as I know Kenya does not require a foreign supplier to appoint an agent to sell goods; the importer of record needs a KRA PIN and handles the import declaration. The bigger practical issue is KEBS's **PVoC** programme: many product categories need a Certificate of Conformity issued *before shipment* by one of the inspection bodies KEBS has appointed. Ask your buyer which HS codes they import under and check them with a PVoC agent. For public or mining tenders a local partner is often expected in practice, so read the tender documents.",
        accepted: true,
      },
      {
        body: "If you do sign with an agent, be precise about territory (Kenya only or all of East Africa?), exclusivity, commission, minimum targets and how either side can end the contract. Our first agreement was two pages and ending it was painful. Many small workshops there pay through M-Pesa, which a local distributor can accept and you cannot, so a distributor may suit you better than a commission agent. Business Sweden's team for East Africa can give you a first view on partner types.",
      },
    ],
  },
  {
    key: "q1-02",
    language: "sv",
    title: "Hur fakturerar jag moms vid försäljning av konsulttjänster till Norge?",
    countries: ["NO"],
    sector: "M",
    topics: ["taxes", "law-and-regulation"],
    network: "stockholm",
    visibility: "PUBLIC",
    body: "Jag driver en liten konsultfirma inom logistikplanering i Stockholm och har fått mitt första uppdrag från ett aktiebolag i Oslo. Det mesta jobbet gör jag härifrån, men jag kommer att vara på plats hos kunden några dagar per månad.\n\nSka fakturan ha svensk moms, norsk moms eller ingen alls? Och var redovisar jag försäljningen i momsdeklarationen, eftersom Norge inte är med i EU? Min redovisningsbyrå är osäker.",
    answers: [
      {
        body: "Huvudregeln för tjänster mellan företag gäller: tjänsten är omsatt där köparen är etablerad, alltså i Norge. Du fakturerar **utan svensk moms** och skriver gärna på fakturan att köparen redovisar mervärdesskatten i Norge. Eftersom Norge inte är EU-land ska försäljningen inte med i periodisk sammanställning; i momsdeklarationen har jag redovisat den i ruta 40, övrig försäljning av tjänster omsatta utom landet. Den norska kunden redovisar själv norsk moms på köpet (omvänd avgiftsplikt). Undantag finns, till exempel tjänster som rör fastighet i Norge. Dubbelkolla med Skatteverket innan första fakturan.",
        accepted: true,
      },
      {
        body: "Momsen är oftast det enkla. Tänk också på dagarna på plats i Oslo: arbete som utförs i Norge kan ge frågor om inkomstskatt där och det finns rapporteringsplikt till Skatteetaten för uppdrag som utförs i Norge, ibland både för kunden och för dig. När jag hade konsulter hos en kund i Bergen fick vi reda ut det i efterhand. Skatteetaten har bra engelska sidor för utländska företag, och skatteavtalet mellan Sverige och Norge avgör var inkomsten beskattas.",
      },
    ],
  },
  {
    key: "q1-03",
    language: "en",
    title: "Which payment terms are normal with first-time buyers in Vietnam?",
    countries: ["VN", "TH"],
    sector: "G",
    topics: ["payments", "financing"],
    network: "vastra-gotaland",
    visibility: "MEMBERS",
    body: "We export industrial filters and pump parts from Borås. An importer in Ho Chi Minh City wants a first order of about one container and asks for **60 days open account**. A similar buyer in Bangkok asked the same thing last year and we said no, and the deal died.\n\nWhat terms do you use with first-time buyers in Vietnam or Thailand? Letter of credit, deposit plus balance, credit insurance? I want to be safe without scaring them off.",
    answers: [
      {
        body: "For first orders we ask for a 30 % T/T deposit with the purchase order and the remaining 70 % against a scan of the bill of lading, before we release the original B/L (or agree a telex release). The buyer cannot take the cargo without it, so our risk is mainly the cost of getting the container back. Most importers I have met in Vietnam accept this for a first shipment, and after two or three smooth orders we moved the good ones to open account.",
        accepted: true,
      },
      {
        body: "A **letter of credit at sight** is still common in Vietnam for first deals, and buyers there know the process. If the issuing bank is small, ask your Swedish bank to confirm it. The catch is discrepancies: the documents must match the L/C exactly (names, Incoterms place, descriptions), or payment is delayed and you pay fees. Have your bank check the draft L/C *before* the buyer opens it. L/Cs normally follow the ICC rules in UCP 600.",
      },
      {
        body: "If you want to offer open account anyway, talk to EKN about insuring the credit risk, and check the buyer with a credit report first. EKN can cover smaller exporters too, and the cost can go into your price. We did this for a buyer in Thailand after the first order and it made the sales conversation much easier, because we could say yes to terms instead of arguing about them.",
      },
    ],
  },
  {
    key: "q1-04",
    language: "en",
    title: "Anyone shipped food products to the UAE? Halal certificate from which body?",
    countries: ["AE"],
    sector: "C",
    topics: ["customs", "law-and-regulation"],
    network: "skane",
    visibility: "PUBLIC",
    body: "We produce biscuits and soft sweets in Helsingborg, and a retailer in Dubai wants to list three products. Two of them contain gelatin and one has an emulsifier of animal origin.\n\nThe importer says we need a **halal certificate**, but there seem to be many certifiers in Europe and I don't know which ones the UAE accepts. Has anyone been through this? Which body did you use, and what else did the importer need from you before the first shipment?",
    answers: [
      {
        body: "We ship confectionery to Dubai. The certificate has to come from a halal certification body that the UAE recognises; that list used to be held by ESMA and is now managed by the Ministry of Industry and Advanced Technology (MoIAT). Not every European certifier is on it, so ask the certifier for proof of current UAE recognition before you sign. Our importer also registered each product with Dubai Municipality before the first shipment, and the labels needed Arabic; in our case a sticker was accepted, but confirm that with your importer.",
      },
      {
        body: "Gelatin is the usual stumbling block. We switched to pectin in two products, which made certification much simpler, and checked flavourings for alcohol carriers. On documents: our importer asked for a certificate of origin from the chamber of commerce and had views on which papers needed attestation. Those rules have changed over the last few years, so ask the importer and the UAE embassy what applies now rather than relying on old checklists.",
      },
    ],
  },
  {
    key: "q1-05",
    language: "sv",
    title: "Räcker A.TR eller behövs ursprungsintyg för maskindelar till Turkiet?",
    countries: ["TR"],
    sector: "C",
    topics: ["customs", "logistics"],
    network: "kronoberg",
    visibility: "MEMBERS",
    body: "Vi tillverkar maskindelar i Växjö, en del med komponenter från Kina som vi bearbetar här. En kund i Bursa vill nu ha regelbundna leveranser. Speditören säger att vi ska skicka med en **A.TR**, men kunden pratar om ursprungsintyg.\n\nVad gäller egentligen för industrivaror till Turkiet? Spelar det roll att en del av materialet inte har EU-ursprung? Vi har bara exporterat inom EU tidigare.",
    answers: [
      {
        body: "Maskindelar är industrivaror och omfattas av tullunionen mellan EU och Turkiet. Då gäller **A.TR**, inte ursprungsreglerna: A.TR visar att varan är i fri omsättning i EU, oavsett var materialet kommer ifrån. Vi fyller i blanketten och Tullverket stämplar den; vid regelbunden export kan man söka tillstånd att stämpla själv (förenklat förfarande). Undantagen är jordbruksprodukter och vissa stål- och kolprodukter, som går under ett separat frihandelsavtal med ursprungsregler och EUR.1. Kontrollera era KN-nummer mot Tullverkets vägledning.",
        accepted: true,
      },
      {
        body: "Min erfarenhet från leveranser till Izmir: kunden ville ändå ha ett ursprungsintyg från Handelskammaren, dels för sin bank, dels för att Turkiet tar ut tilläggstullar på vissa varor beroende på ursprungsland, och deras tullombud ville kunna visa ursprunget. Det kostar lite extra men är snabbt att ordna, så vi skickar numera båda. Fråga kundens tullombud vad de behöver för just era varunummer.",
      },
    ],
  },
  {
    key: "q1-06",
    language: "en",
    title: "Third meeting with a Japanese distributor and still no decision — is this normal?",
    countries: ["JP"],
    sector: "C",
    topics: ["culture", "partners-and-agents", "marketing-and-sales"],
    network: "stockholm",
    visibility: "PUBLIC",
    body: "We make ergonomic office chairs in Södertälje. A distributor in Osaka has met us three times (once at a fair in Stockholm, twice on video), asked very detailed questions about materials and testing, and requested samples, which we sent. But there is still no order and no clear answer.\n\nIs this a normal pace in Japan, or are they politely saying no? How do I move things forward without pushing too hard?",
    answers: [
      {
        body: "Three meetings without a clear no is quite normal. Many Japanese companies decide by consensus: a proposal circulates internally for approval (often called *ringi*), and people are consulted informally beforehand (*nemawashi*). Your contact is probably building support internally and needs material for that: a Japanese-language product sheet, test reports, warranty terms and written answers to every question. Our first distributor took about a year from first meeting to first order, and then ordered regularly for years.",
      },
      {
        body: "Ask, politely, what else their colleagues need to evaluate the chairs, and offer a small trial order or a showroom sample so they can test market reaction with little risk. Detailed questions about materials are a good sign. Business Sweden in Tokyo and JETRO both publish guidance on working with Japanese distributors and can help if you need a second opinion on the partner.",
      },
    ],
  },
  {
    key: "q1-07",
    language: "sv",
    title: "Vi ska skicka montörer till Polen — vad måste anmälas innan jobbet börjar?",
    countries: ["PL"],
    sector: "F",
    topics: ["law-and-regulation", "recruitment", "taxes"],
    network: "vastra-gotaland",
    visibility: "MEMBERS",
    body: "Vi är ett byggföretag i Trollhättan som levererar och monterar stålstommar. Nu har vi fått ett projekt i Gdańsk där fyra av våra anställda ska jobba på plats i ungefär tre månader.\n\nVilka anmälningar och intyg behövs innan de åker? Jag har hört talas om A1-intyg och utstationering, men inte vad Polen kräver. Och behöver vi polsk moms för monteringen?",
    answers: [
      {
        body: "Vi har monterat i Polen flera gånger. Det viktigaste:\n\n1. **A1-intyg** från Försäkringskassan för varje montör, som visar att de är socialförsäkrade i Sverige.\n2. **Anmälan om utstationering** till den polska arbetsinspektionen, Państwowa Inspekcja Pracy (PIP), senast när arbetet börjar.\n3. En kontaktperson i Polen och anställningsavtal, lönebesked och tidrapporter tillgängliga, gärna översatta till polska.\n\nPolsk minimilön och regler om arbetstid gäller under utstationeringen. Reglerna bygger på EU:s utstationeringsdirektiv men detaljerna är nationella, så läs PIP:s sidor på engelska.",
        accepted: true,
      },
      {
        body: "Om momsen: montering av stålstomme räknas ofta som en tjänst som avser fastighet, och då beskattas den där fastigheten ligger, alltså i Polen. Om kunden är ett polskt momsregistrerat företag kan omvänd skattskyldighet gälla, men det beror på upplägget. Vi anlitade en polsk revisor för ett par timmar innan vårt första projekt och det var väl investerade pengar. Fråga även Skatteverket hur det ska redovisas på den svenska sidan.",
      },
    ],
  },
  {
    key: "q1-08",
    language: "en",
    title: "Getting paid by Nigerian clients for a SaaS subscription — what actually works?",
    countries: ["NG"],
    sector: "J",
    topics: ["payments", "taxes"],
    network: "stockholm",
    visibility: "PUBLIC",
    body: "We run a scheduling SaaS for clinics from Stockholm and have three trial customers in Lagos who want to convert to paid plans. Our checkout uses card payments in EUR, and two of them have had their cards declined repeatedly; the third asked if they can pay in naira.\n\nHow do other members get paid by business customers in Nigeria? Bank transfer in USD, a local payment provider, a reseller? Anything to watch out for with tax deductions on their side?",
    answers: [
      {
        body: "We sell B2B software to companies in Lagos. Foreign-currency card payments often fail or hit low limits on Nigerian cards. What worked for us: invoicing in USD and letting clients pay by bank transfer from their domiciliary (USD) accounts, with annual prepayment at a small discount so there is only one transfer a year. Local providers such as Paystack (owned by Stripe) or Flutterwave can collect in naira, but check whether they support payouts to a Swedish company and what the currency conversion costs.",
      },
      {
        body: "Another route is a local reseller who invoices in naira and pays you in USD or EUR. It solves the currency problem but costs margin. Also ask early about **withholding tax**: Nigerian companies may deduct tax on payments to foreign service providers, so agree in the contract whether your prices are gross or net, and ask for the tax receipt. Whether you can credit that tax in Sweden depends on the Swedish rules, so ask Skatteverket or an advisor.",
      },
    ],
  },
  {
    key: "q1-09",
    language: "en",
    title: "Product samples to India stuck in customs for two weeks — how should we have sent them?",
    countries: ["IN"],
    sector: "C",
    topics: ["customs", "logistics"],
    network: "ovre-norrland",
    visibility: "MEMBERS",
    body: "We make industrial moisture sensors in Umeå. A potential distributor in Pune asked for five samples, so we sent them by express courier marked *samples, no commercial value* with a proforma invoice.\n\nThe parcel has now been held for two weeks. The courier asks for the distributor's **IEC** number and says duty must be paid, and someone mentioned BIS registration for electronics. Should samples go as a commercial shipment instead? Has anyone found a reliable way to get samples into India?",
    answers: [],
  },
  {
    key: "q1-10",
    language: "sv",
    title: "Avtal och etiketter för Marocko — franska, arabiska eller båda?",
    countries: ["MA"],
    sector: "C",
    topics: ["culture", "law-and-regulation", "partners-and-agents"],
    network: "skane",
    visibility: "PUBLIC",
    body: "Vi gör naturkosmetik (tvål, hudkrämer) i Malmö och har fått kontakt med en distributör i Casablanca som vill ta in sortimentet. Han mejlar på franska, och vår engelska avtalsmall verkar inte passa honom.\n\nPå vilket språk skriver man avtal med en marockansk distributör? Vad krävs på etiketterna? Och behöver dokumenten från oss stämplas eller legaliseras på något sätt?",
    answers: [
      {
        body: "Jag har jobbat med kunder i Casablanca och Tanger. I affärslivet används franska mycket, i mejl, möten och avtal, även om arabiska och amazigh är de officiella språken. Vi skrev avtalet på franska med en engelsk version och angav vilken version som gäller vid tvist. För etiketter och myndighetsärenden kan arabiska krävas. Låt distributören ta reda på vad som gäller för just kosmetik och ta fram klisteretiketter, det är han som känner processen.",
      },
      {
        body: "När distributören ska registrera produkterna brukar myndigheterna vilja ha produktinformation och ofta ett intyg om fri försäljning (Certificate of Free Sale). Marocko är anslutet till Haagkonventionen, så en **apostille** räcker i stället för legalisering via ambassaden. I Sverige utfärdas apostille av notarius publicus. Fråga distributören exakt vilka handlingar som ska ha apostille innan du beställer, varje stämpel kostar.",
      },
    ],
  },
  {
    key: "q1-11",
    language: "en",
    title: "Selling software online to US customers — do I need to register for sales tax in every state?",
    countries: ["US"],
    sector: "J",
    topics: ["taxes", "marketing-and-sales"],
    network: "ovre-norrland",
    visibility: "MEMBERS",
    body: "We sell a photo-editing app with a monthly subscription from Luleå. US customers are now our second-largest group, spread over maybe 30 states, and a customer in Texas asked why we don't charge sales tax.\n\nI have read conflicting things. Does a Swedish company without any US office need to register in each state? Is there a threshold? And does software even count as taxable?",
    answers: [
      {
        body: "Not necessarily every state. Since the 2018 *Wayfair* Supreme Court decision, states can require out-of-state sellers to collect sales tax once they pass an **economic nexus** threshold. It is often around USD 100,000 of sales into the state per year, but it varies, and some states also count the number of transactions. Whether SaaS or downloaded software is taxable at all also differs from state to state. We started by tracking sales per state and registered only where we crossed a threshold. A US CPA with remote-seller experience is worth a few hours.",
        accepted: true,
      },
      {
        body: "We avoided the whole question by selling through a **merchant of record**. The platform becomes the seller towards the customer, collects and pays sales tax (and VAT elsewhere) and pays us the net. It costs a higher fee than a plain card processor, but for a small team it was cheaper than handling registrations in many states. Check what the contract says about refunds and who owns the customer relationship.",
      },
    ],
  },
  {
    key: "q1-12",
    language: "sv",
    title: "Frakt av byggsatser till Island — via Danmark eller direkt från Sverige?",
    countries: ["IS"],
    sector: "F",
    topics: ["logistics", "customs"],
    network: "ovre-norrland",
    visibility: "PUBLIC",
    body: "Vi tillverkar byggsatser för fritidshus i trä i Skellefteå och har fått en förfrågan från en köpare nära Akureyri. Det blir två till tre containrar per hus.\n\nSpeditörerna föreslår olika vägar: lastbil till Danmark och båt därifrån, eller container från Göteborg. Har någon fraktat större byggsatser till Island? Vilken väg fungerade och vad ska vi tänka på med tull och isländsk moms, eftersom Island är med i EES men inte i EU:s tullunion?",
    answers: [],
  },
];
