import type { SeedQuestion } from "./types";

// Demo questions and answers for the knowledge bank, part 2 (q2-01 … q2-12).
export const questions2: SeedQuestion[] = [
  {
    key: "q2-01",
    language: "en",
    title: "Do I need a Saudi partner to bid on consulting contracts in Riyadh?",
    countries: ["SA"],
    sector: "M",
    topics: ["company-registration", "partners-and-agents", "law-and-regulation"],
    network: "stockholm",
    visibility: "MEMBERS",
    body: "We are a five-person consultancy in Stockholm working on energy efficiency in large buildings. A contact at an engineering firm in Riyadh says there are many public projects we could bid on, but that we would need a Saudi company or partner first.\n\nIs that true? Can a small foreign firm register on its own, and what are the requirements for working with government clients? I would rather understand the options before we spend money on a trip.",
    answers: [
      {
        body: "Not necessarily a partner, but you need a legal route in. Foreign companies can get an investment licence from the Ministry of Investment (MISA), and many sectors allow full foreign ownership; check the current rules for consulting. For government work, note the **regional headquarters** policy: since 2024 government entities are in principle not to contract with foreign companies that lack a regional HQ in the Kingdom, with exceptions. For a firm your size, subcontracting to a Saudi or international firm that already holds the contract is the usual way in. Business Sweden in Riyadh can explain what applies today.",
        accepted: true,
      },
      {
        body: "If you do register, budget for the whole setup: commercial registration, registration with ZATCA for VAT and its e-invoicing system (Fatoora), a local bank account, and Saudization (Nitaqat) requirements once you hire locally. When we set up in Riyadh it took several months, and a local lawyer saved us time. Start with one project through a partner and decide on your own entity once you know the market.",
      },
    ],
  },
  {
    key: "q2-02",
    language: "sv",
    title: "Måste vi registrera oss i LUCID innan första webbordern till Tyskland?",
    countries: ["DE"],
    sector: "C",
    topics: ["law-and-regulation", "marketing-and-sales"],
    network: "kronoberg",
    visibility: "PUBLIC",
    body: "Vi är ett litet glasbruk i Kronobergs län och säljer vaser och lampor med LED-ljuskälla i vår webbshop. Nu vill vi öppna för kunder i Tyskland och kanske sälja via en stor marknadsplats.\n\nEn kollega sa att vi måste registrera oss i något som heter **LUCID** enligt den tyska förpackningslagen innan vi skickar något. Stämmer det, och gäller det även kartongen vi skickar i? Finns det fler registreringar vi missar?",
    answers: [
      {
        body: "Ja. Enligt den tyska förpackningslagen (VerpackG) ska ni vara registrerade i LUCID hos Zentrale Stelle Verpackungsregister innan ni säljer förpackade varor i Tyskland. För förpackningar som hamnar hos privatpersoner, också kartongen och fyllnadsmaterialet i webbordrar, behöver ni dessutom avtal med ett så kallat *duales System* och rapportera mängder. Själva registreringen kostade inget för oss, systemavtalet kostar efter vikt och material. Marknadsplatserna kontrollerar registreringsnumret, så utan det kommer ni inte in. ZSVR har tydliga sidor på engelska.",
        accepted: true,
      },
      {
        body: "Lamporna är den stora frågan. Elektronik omfattas av den tyska elektroniklagen (ElektroG) med registrering hos stiftelsen EAR, och ett utländskt företag utan etablering i Tyskland behöver utse ett auktoriserat ombud där. Vi insåg det först när marknadsplatsen frågade efter vårt WEEE-nummer. Det finns ombud som sköter både registrering och rapportering mot avgift. Kolla också om batterier ingår i någon produkt, då kan det bli ännu en registrering.",
      },
    ],
  },
  {
    key: "q2-03",
    language: "en",
    title: "Should we register our trademark in China before exhibiting at a trade fair there?",
    countries: ["CN"],
    sector: "C",
    topics: ["law-and-regulation", "trade-fairs"],
    network: "vastra-gotaland",
    visibility: "PUBLIC",
    body: "We design and manufacture outdoor kitchen equipment in Alingsås and have a stand booked at a trade fair in Guangzhou in eight months. Our brand is registered in the EU but nowhere else.\n\nSeveral people have warned us to register the trademark in China before the fair. How urgent is it, what does it involve, and should we also pick a Chinese name? Any other protection we should sort out before showing new products there?",
    answers: [
      {
        body: "Yes, file before the fair. China follows a **first-to-file** principle: whoever registers a mark first usually owns it there, regardless of who used it first. You can file with CNIPA through a Chinese trademark agent, or through the Madrid system at WIPO designating China. Register a Chinese-character version of the brand too, otherwise the market will invent one and someone else may register it. China uses its own subclasses within the Nice classes, so make sure your goods are covered. The EU-funded China IP SME Helpdesk gives free first advice.",
        accepted: true,
      },
      {
        body: "We learned this the hard way: a former distributor registered our brand in China, and getting it cancelled took a long time and lawyers' fees. Before you share drawings with manufacturers or distributors, sign an **NNN agreement** (non-use, non-disclosure, non-circumvention), written in Chinese, under Chinese law and enforceable in a Chinese court. A standard Swedish NDA is of little use there.",
      },
      {
        body: "Once the trademark is registered, you can also record it with Chinese customs. The recordal lets customs stop suspected counterfeit goods at the border, including goods leaving China for other markets. It is a separate step from registration and easy to forget. For designs, consider a Chinese design patent for the products you will show, since exhibited designs are easy to copy.",
      },
    ],
  },
  {
    key: "q2-04",
    language: "sv",
    title: "Leveranser till Storbritannien efter brexit — vem är importör, och behöver vi EORI i UK?",
    countries: ["GB"],
    sector: "G",
    topics: ["customs", "taxes"],
    network: "skane",
    visibility: "MEMBERS",
    body: "Vi säljer reservdelar till jordbruksmaskiner från Kristianstad och har både företagskunder och privatpersoner i England. Sedan brexit har vi skickat allt DAP, men nu klagar flera kunder på oväntade avgifter vid leverans och vill att vi tar hand om tullen.\n\nOm vi går över till DDP, vad behöver vi då? Ett brittiskt EORI-nummer, brittisk momsregistrering? Och gäller andra regler för små paket till privatpersoner?",
    answers: [
      {
        body: "Det avgörs av leveransvillkoret. Säljer ni **DDP** är ni importör i UK och behöver ett GB-EORI-nummer, och i praktiken brittisk momsregistrering så att ni kan redovisa importmomsen (postponed VAT accounting). Med **DAP** är kunden eller deras ombud importör, och ni behöver bara svenskt EORI för exportdeklarationen. För B2C-försändelser med ett värde upp till 135 pund gäller särskilda regler: säljaren tar ut brittisk moms vid försäljningen och måste vara momsregistrerad i UK. Läs HMRC:s vägledning eller fråga en tullrådgivare innan ni ändrar villkoren.",
        accepted: true,
      },
      {
        body: "Vi gjorde som ni tänker och började med DDP via ett fraktbolag som erbjöd registrering och ombud i UK. Det fungerade men kostade mer än vi räknat med, så för företagskunder gick vi tillbaka till DAP och skickar i stället en tydlig kostnadsuppskattning i förväg. Glöm inte ursprunget: med ursprungsförsäkran på fakturan enligt handelsavtalet mellan EU och UK kan varorna gå tullfritt, men för större sändningar behöver ni vara registrerade i REX. Tullverket har en bra sida om detta.",
      },
    ],
  },
  {
    key: "q2-05",
    language: "en",
    title: "Trade fair in Seoul: is it worth bringing catalogues and business cards in Korean?",
    countries: ["KR"],
    sector: "C",
    topics: ["trade-fairs", "marketing-and-sales", "culture"],
    network: "vastra-gotaland",
    visibility: "PUBLIC",
    body: "We make sustainable baby products (textiles and wooden toys) in Göteborg and will share a stand at a consumer-goods fair in Seoul this autumn. Our material is all in English.\n\nIs it worth translating catalogues and business cards into Korean, or is English fine for buyers? And what should we prepare for the follow-up after the fair? This is our first trip to Korea.",
    answers: [
      {
        body: "Yes, bring something in Korean: at least a one-page product summary and business cards with Korean on the back. Cards are exchanged with both hands and read before they are put away, so have plenty. After the fair, many visitors prefer to continue on **KakaoTalk** rather than email, so set up a business account beforehand. Buyers also search on **Naver** more than Google, so check what shows up for your brand there and consider a simple Korean landing page.",
      },
      {
        body: "Use a native speaker for the translation, not only machine translation; buyers notice. KOTRA and Business Sweden in Seoul can help arrange buyer meetings, and some fairs run matchmaking programmes where you book meetings in advance. For baby products, ask early about Korean safety certification for children's products (the KC mark), since importers will ask for it in the first serious conversation.",
      },
    ],
  },
  {
    key: "q2-06",
    language: "sv",
    title: "Återuppbyggnaden i Ukraina — hur hittar ett litet byggföretag upphandlingar och finansiering?",
    countries: ["UA", "PL"],
    sector: "F",
    topics: ["export-support", "financing"],
    network: "ovre-norrland",
    visibility: "PUBLIC",
    body: "Vi är ett byggföretag i Piteå, 25 anställda, med lång erfarenhet av energieffektiva flerbostadshus i trä. Flera i nätverket har kontakter i Ukraina och vi skulle vilja bidra till återuppbyggnaden.\n\nVar publiceras upphandlingarna, och är det realistiskt för ett företag i vår storlek att lägga anbud? Finns det svenskt stöd för finansiering eller garantier? Vi vill inte lägga månader på fel spår.",
    answers: [
      {
        body: "Börja med **Prozorro**, Ukrainas system för offentlig upphandling, där offentliga upphandlingar publiceras. Projekt som finansieras av internationella givare och banker (EU, Världsbanken, EBRD) har ofta egna portaler och regler. För ett företag i er storlek är det oftast mer realistiskt att bli underleverantör till en större entreprenör, eller att leverera produkter som byggsatser och moduler, än att lägga egna anbud. Business Sweden har arbetat med återuppbyggnaden och EKN har haft särskilda garantier för export till Ukraina; fråga dem vad som gäller nu.",
        accepted: true,
      },
      {
        body: "Tänk igenom försäkring och säkerhet tidigt. Vanliga försäkringar täcker sällan krigsskador, och UD har avrått från resor till Ukraina, så kolla UD:s aktuella reseinformation. Vi har träffat ukrainska partner i Polen, i Warszawa och Rzeszów, vilket har fungerat bra för förhandlingar. En ukrainsk partner med egen personal på plats är i praktiken nödvändig.",
      },
    ],
  },
  {
    key: "q2-07",
    language: "en",
    title: "Mexican customer asks for our RFC and a CFDI invoice — is that our problem or theirs?",
    countries: ["MX"],
    sector: "C",
    topics: ["taxes", "customs"],
    network: "kronoberg",
    visibility: "MEMBERS",
    body: "We manufacture woodworking tools in Ljungby and just got a first order from a furniture maker in Guadalajara, shipped by sea, FCA Göteborg. Their purchasing department asks for our **RFC** and says they need a **CFDI** for their accounts.\n\nWe have no presence in Mexico and no idea what these are. Do we need to register something there, or is this something their accountant solves? What should our own invoice contain to make clearance smooth?",
    answers: [
      {
        body: "Mostly theirs, but you can make it easier. The CFDI is Mexico's electronic invoice, issued through the tax authority SAT's system; a seller with no tax presence in Mexico does not issue one. Your commercial invoice goes with the import declaration (*pedimento*) filed by the buyer's customs broker. Where their records need a tax ID for a foreign supplier, accountants normally use the generic RFC for foreign residents (XEXX010101000); their accountant will confirm. The importer must also be listed in the Padrón de Importadores. Put HS codes, country of origin and the Incoterm on your invoice, and check with Tullverket which proof of origin gives preferential duty under the EU–Mexico agreement.",
      },
    ],
  },
  {
    key: "q2-08",
    language: "en",
    title: "Medical consumables to Ethiopia and Somalia through an NGO — which documents are needed?",
    countries: ["ET", "SO"],
    sector: "Q",
    topics: ["customs", "logistics", "law-and-regulation"],
    network: "vastra-gotaland",
    visibility: "MEMBERS",
    body: "We produce wound-care dressings and single-use medical supplies in Borås. An aid organisation wants to buy from us and asks us to deliver directly to their warehouses in Addis Ababa and Mogadishu instead of to their hub in Europe.\n\nWe have only exported within the EU. Who should be the consignee and importer of record? Do the products need registration with the health authorities in each country even when an NGO imports them? Which certificates (CE, ISO 13485, certificate of free sale) did others have to provide?",
    answers: [],
  },
  {
    key: "q2-09",
    language: "en",
    title: "Brazilian customers want to pay with Pix — can a Swedish company accept it?",
    countries: ["BR"],
    sector: "J",
    topics: ["payments", "marketing-and-sales"],
    network: "stockholm",
    visibility: "PUBLIC",
    body: "We sell online courses in design software from Stockholm, and Brazil has become a surprisingly big market. Conversion at checkout is poor there, and several customers have asked if they can pay with **Pix** instead of an international card.\n\nWe have no company or bank account in Brazil. Is there a way to accept Pix from Sweden, and what does it cost? Are there tax or currency issues we should know about?",
    answers: [
      {
        body: "Pix is the Brazilian central bank's instant payment system, and customers there use it for almost everything. A Pix payment lands in a Brazilian account, so you cannot receive it directly. What we did: use a payment provider that offers Pix to cross-border merchants. The customer pays in reais with a Pix QR code, and the provider converts and pays out EUR to our Swedish account. Compare fees and exchange-rate spreads, and note that Brazil charges IOF tax on foreign-exchange transactions, which may affect the customer's price. Ask how refunds work before you sign.",
      },
      {
        body: "Pix fixed our checkout problem, but for larger business customers we still invoice in USD and they pay by international wire. It works, but their bank handles an exchange contract (*contrato de câmbio*), so payment can take longer than you expect. Some companies also still use *boleto bancário*. Local-currency payment options made a clear difference to our sales in Brazil.",
      },
    ],
  },
  {
    key: "q2-10",
    language: "sv",
    title: "Affärsresa till Erbil och Bagdad — fungerar visum vid ankomst, och gäller samma regler i båda?",
    countries: ["IQ"],
    sector: "G",
    topics: ["travel-and-visas", "culture"],
    network: "kronoberg",
    visibility: "MEMBERS",
    body: "Jag säljer vattenreningsutrustning från Alvesta och ska träffa en kund i Erbil i vår, och kanske sedan åka vidare till Bagdad för ett möte med en distributör. Förra gången, för några år sedan, fick jag visum vid ankomst i Erbil.\n\nNu hör jag att reglerna för Kurdistanregionen och övriga Irak skiljer sig åt och har ändrats. Har någon rest i tjänsten nyligen? Behöver man separata visum, inbjudningsbrev från kunden, och hur ordnade ni reseförsäkring?",
    answers: [],
  },
  {
    key: "q2-11",
    language: "en",
    title: "Ghana: should we quote CIF or FOB to a new distributor in Accra?",
    countries: ["GH"],
    sector: "A",
    topics: ["logistics", "customs", "partners-and-agents"],
    network: "skane",
    visibility: "MEMBERS",
    body: "We are a small agricultural company in Skåne selling certified seed and small irrigation kits. A distributor in Accra wants a price for two 20-foot containers and asks for *CIF or FOB, whatever is normal*.\n\nWe have mainly sold within Europe on EXW or DAP terms. Which Incoterm makes sense for a first shipment to Ghana, and what should we know about clearing at Tema so the goods don't sit in port?",
    answers: [
      {
        body: "Strictly, FOB and CIF are meant for goods loaded directly on board a ship; for containers handed over at a terminal, the ICC recommends **FCA** or **CIP** in Incoterms 2020, because your risk ends when the container is handed over rather than when it is on board. Many buyers in West Africa still ask for CIF out of habit. We quote CIP Tema for first orders: the buyer gets one clear price and we control the booking, then we move trusted partners to FCA.",
      },
      {
        body: "Send copies of the bill of lading, commercial invoice, packing list and certificates to the buyer's clearing agent well before the ship arrives; demurrage at Tema adds up fast. For seed, the buyer will likely need an import permit and a phytosanitary certificate from you (in Sweden from Jordbruksverket). Also ask whether the EU–Ghana Economic Partnership Agreement gives lower duty on your goods, since that requires proof of origin on your documents.",
      },
    ],
  },
  {
    key: "q2-12",
    language: "sv",
    title: "Finsk kund kräver e-faktura — hur skickar vi Finvoice från Sverige?",
    countries: ["FI"],
    sector: "J",
    topics: ["payments", "law-and-regulation"],
    network: "ovre-norrland",
    visibility: "PUBLIC",
    body: "Vi säljer underhållssystem för fastigheter från Haparanda och har fått vår första större kund i Uleåborg. Deras ekonomiavdelning har nu skickat tillbaka två PDF-fakturor och skriver att de bara tar emot e-faktura, och nämner **Finvoice** och en operatörskod.\n\nMåste vi skaffa en finsk operatör, eller går det att skicka från vårt svenska ekonomisystem? Hur har andra löst det?",
    answers: [
      {
        body: "I Finland har företag sedan 2020 rätt att kräva e-faktura av andra företag, så det här kommer ni att möta ofta. Ni behöver inte skapa Finvoice själva: be kunden om deras e-fakturaadress (ofta en OVT-kod som bygger på FO-numret) och namnet på deras operatör. Vi skickar via **Peppol** från vårt svenska e-fakturaprogram, och de flesta finska operatörer tar emot Peppol-fakturor. Om ert system inte klarar Peppol finns tjänster som tar emot PDF och skickar vidare som e-faktura.",
        accepted: true,
      },
      {
        body: "Kontrollera samtidigt innehållet. Fakturan ska ha kundens finska momsregistreringsnummer (FI följt av siffrorna i FO-numret) och en hänvisning till omvänd skattskyldighet, eftersom köparen redovisar momsen i Finland. Försäljningen ska också med i periodisk sammanställning till Skatteverket. Vi fick fakturor i retur två gånger för att referensnumret till kundens inköpsorder saknades, så fråga vilka referenser de vill ha.",
      },
    ],
  },
];
