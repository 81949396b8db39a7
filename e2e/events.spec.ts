import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { DEMO, OVRE_NORRLAND, askToJoin, clickAndConfirm, decideRequest, newSession, registerUser, signIn, uniqueSuffix, type Credentials } from "./helpers";

// Events and business trips through the eyes of their users: an organiser plans a trip to
// Vietnam with two places, three members confirm and the third waits until a place frees up;
// a member takes an event into their calendar as a file and as a subscribed feed; the month
// and past views; and visitors see public events only.

/** The seeded name of DEMO.member (Övre Norrland). */
const MEMBER_NAME = "Tomás Herrera";

/** Seeded events (prisma/seed/events.ts): Övre Norrland has one of each, other networks the same titles. */
const SEEDED = {
  exportClub: "Export club: two firms tell their export stories", // PUBLIC, in 12 days, 08:00
  workshop: "Workshop: pricing and Incoterms for the first export order", // network only, in 26 days
  pastMeeting: "Network meeting: what we learned this season", // network only, 40 days ago
  vietnamTrip: "Business trip to Vietnam: Hanoi and Ho Chi Minh City", // Övre Norrland only, in 70 days
} as const;

const STOCKHOLM = "Europe/Stockholm";

const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main", exact: true });
const viewNav = (page: Page) => page.getByRole("navigation", { name: "Event views" });
const rsvpPanel = (page: Page) => page.getByRole("region", { name: "Your place on the trip" });
const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifications/ });

/** The unread count the bell announces (0 when it says nothing is unread). */
async function unreadCount(page: Page) {
  return Number((await bell(page).getAttribute("aria-label"))?.match(/(\d+) unread/)?.[1] ?? 0);
}

/** "2027-01-03": the Stockholm calendar day `days` from now. */
function stockholmDay(days: number) {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: STOCKHOLM, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + days * 86_400_000));
}

/** "2027-01": the Stockholm month of a moment. */
function stockholmMonth(date: Date) {
  return stockholmDayOf(date).slice(0, 7);
}

function stockholmDayOf(date: Date) {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: STOCKHOLM, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** "January 2027", as the month view's caption names a month. */
function monthName(date: Date) {
  return new Intl.DateTimeFormat("en", { timeZone: STOCKHOLM, month: "long", year: "numeric" }).format(date);
}

/** iCalendar text with folded lines joined again (RFC 5545 folds lines longer than 75 octets). */
const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "");

/** The list entry of an event of Övre Norrland (every network has events of the same titles). */
function ovreNorrlandItem(page: Page, title: string, within: Page | Locator = page) {
  return within
    .getByTestId("event-item")
    .filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) })
    .filter({ has: page.getByRole("link", { name: OVRE_NORRLAND.name, exact: true }) });
}

/**
 * A fresh person, signed in in a session of their own, who asks to join Övre Norrland and is
 * approved by the organiser (whose signed-in page is passed in).
 */
async function newOvreNorrlandMember(browser: Browser, organiser: Page, label: string): Promise<Credentials & { page: Page; close: () => Promise<void> }> {
  const session = await newSession(browser);
  const credentials = await registerUser(session.page, label);
  await askToJoin(session.page, OVRE_NORRLAND.slug, `I am ${credentials.name} and want to travel with the network to new markets.`);
  await organiser.goto(`/en/networks/${OVRE_NORRLAND.slug}/manage`);
  await decideRequest(organiser, credentials.name, "Approve");
  return { ...credentials, page: session.page, close: () => session.context.close() };
}

/** Presses "Confirm my place" on the trip's page. */
async function confirmPlace(page: Page) {
  await rsvpPanel(page).getByRole("group", { name: "Answer this event" }).getByRole("button", { name: "Confirm my place" }).click();
}

test("an organiser plans a business trip with two places; the third to confirm waits and gets the place when one is given up", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const unique = uniqueSuffix();
  const title = `Trade mission to Vietnam ${unique}`;
  const activity = `Meetings with Da Nang seafood importers ${unique}`;
  const startDay = stockholmDay(42);
  const endDay = stockholmDay(47);
  const deadlineDay = stockholmDay(28);

  const sessions: { close: () => Promise<void> }[] = [];
  try {
    // The organiser (this page) approves two newcomers to Övre Norrland.
    await signIn(page, DEMO.organiser);
    const second = await newOvreNorrlandMember(browser, page, "Traveller");
    sessions.push(second);
    const third = await newOvreNorrlandMember(browser, page, "Latecomer");
    sessions.push(third);
    const member = await newSession(browser);
    sessions.push(member.context);

    // The trip editor: a business trip from the start, with the default checklist. (Neither the
    // network page nor the events list links to the editor yet, so the organiser goes by address.)
    await page.goto(`/en/networks/${OVRE_NORRLAND.slug}/events/new?kind=BUSINESS_TRIP`);
    await expect(page.getByRole("heading", { level: 1, name: "Plan a business trip" })).toBeVisible();
    await expect(page.getByLabel("Kind of event")).toHaveValue("BUSINESS_TRIP");
    const tripFields = page.getByRole("group", { name: "Business trip", exact: true });
    await expect(tripFields).toBeVisible();

    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Description").fill("A week of **matched meetings** in central Vietnam for food and wood firms.");
    await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("matched meetings");
    await page.getByLabel("Starts (Stockholm time)").fill(`${startDay}T07:00`);
    await page.getByLabel("Ends (Stockholm time)").fill(`${endDay}T20:00`);
    // The event's own place (the itinerary rows, added below, have a "Place" of their own).
    await page.getByLabel("Place", { exact: true }).fill("Hanoi and Da Nang, Vietnam");
    await page.getByLabel("Places", { exact: true }).fill("2");
    await page.getByLabel("Commitment deadline (Stockholm time)").fill(`${deadlineDay}T12:00`);
    const visibleToNetwork = page.getByRole("radio", { name: /^The network/ });
    await visibleToNetwork.check();
    await expect(visibleToNetwork).toBeChecked();

    // The destination brings suggestions: members of the network who know Vietnam.
    await tripFields.getByLabel("Destination country").selectOption({ label: "Vietnam" });
    await expect(page.getByText("Suggestions for Vietnam updated.")).toBeAttached();
    await tripFields.getByLabel("Cities").fill("Hanoi, Da Nang");
    await tripFields.getByLabel("Cost per person (SEK)").fill("31500");
    const leaders = tripFields.getByRole("group", { name: "Trip leaders" });
    await expect(leaders).toContainText("Members of the network who know Vietnam.");
    const firstSuggestion = leaders.getByRole("listitem").first();
    const leaderName = (await firstSuggestion.innerText()).split("\n")[0]!.trim();
    expect(leaderName).not.toBe("");
    await firstSuggestion.getByRole("checkbox").check();
    await expect(leaders.getByRole("checkbox", { checked: true })).toHaveCount(1);

    // One itinerary item, on the first day of the trip.
    await tripFields.getByRole("button", { name: "Add an itinerary item" }).click();
    const item = tripFields.getByRole("group", { name: "Item 1" });
    await expect(item.getByLabel("Day")).toHaveValue(startDay);
    await item.getByLabel("Time").fill("09:30");
    await item.getByLabel("Activity").fill(activity);
    await item.getByLabel("Place", { exact: true }).fill("Da Nang");

    // The default checklist, kept as it is.
    await expect(tripFields.getByRole("textbox", { name: "Checklist item 1" })).toHaveValue("Visa");
    await expect(tripFields.getByRole("textbox", { name: "Checklist item 2" })).toHaveValue("Travel insurance");
    await expect(tripFields.getByRole("textbox", { name: "Checklist item 3" })).toHaveValue("Meetings booked");

    await page.getByRole("button", { name: "Save", exact: true }).click();

    // The trip's page: nobody going yet out of two places.
    await expect(page).toHaveURL(/\/en\/events\/[^/?]+$/);
    const tripPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("The event has been published.")).toBeVisible();
    await expect(page.getByText("Trip to Vietnam", { exact: true })).toBeVisible();
    await expect(page.getByTestId("event-seats")).toContainText("0/2 going");
    const facts = page.getByTestId("trip-facts");
    await expect(facts).toContainText("Hanoi and Da Nang");
    await expect(facts).toContainText(/31,500/);
    await expect(facts).toContainText("Commitment deadline");
    await expect(facts.getByRole("link", { name: leaderName })).toBeVisible();
    await expect(page.getByRole("region", { name: "Day-by-day itinerary" }).getByRole("row").filter({ hasText: activity })).toContainText("09:30");
    await expect(page.getByTestId("trip-checklist").getByRole("listitem")).toHaveText([/^Visa/, /^Travel insurance/, /^Meetings booked/]);
    await expect(page.getByRole("region", { name: "Who is coming" })).toContainText("Nobody has said they are going yet.");

    // The demo member finds the trip in the events list and confirms first.
    await signIn(member.page, DEMO.member);
    await mainNav(member.page).getByRole("link", { name: "Events" }).click();
    await expect(member.page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
    const listed = member.page.getByTestId("event-item").filter({ has: member.page.getByRole("heading", { level: 3, name: title }) });
    await expect(listed).toContainText("Trip to Vietnam");
    await expect(listed).toContainText("0/2 going");
    await listed.getByRole("link", { name: title }).click();
    await expect(member.page).toHaveURL(new RegExp(`${tripPath}$`));
    await expect(rsvpPanel(member.page).getByTestId("my-answer")).toHaveText("Register your interest first, then confirm your place before the commitment deadline.");
    await confirmPlace(member.page);
    await expect(rsvpPanel(member.page).getByTestId("my-answer")).toHaveText("Your place on the trip is confirmed.");
    await expect(member.page.getByTestId("event-seats")).toContainText("1/2 going");

    // The second takes the last place.
    await second.page.goto(tripPath);
    await confirmPlace(second.page);
    await expect(rsvpPanel(second.page).getByTestId("my-answer")).toHaveText("Your place on the trip is confirmed.");
    await expect(second.page.getByTestId("event-seats")).toContainText("2/2 going");

    // The third finds the trip full and joins the waitlist as number 1.
    await third.page.goto(tripPath);
    await expect(third.page.getByTestId("event-seats")).toContainText("2/2 going");
    await expect(third.page.getByTestId("event-seats")).toContainText("Full — waitlist");
    await expect(rsvpPanel(third.page)).toContainText("The trip is full.");
    await confirmPlace(third.page);
    await expect(rsvpPanel(third.page).getByTestId("my-answer")).toHaveText("You are on the waitlist for the trip.");
    await expect(rsvpPanel(third.page)).toContainText("You are number 1 on the waitlist.");
    await expect(third.page.getByTestId("event-seats")).toContainText("1 on the waitlist");
    // Who is coming, in the order they answered: the two going, then the waitlist.
    const coming = third.page.getByRole("region", { name: "Who is coming" });
    await expect(coming.getByRole("region", { name: "Going (2)" }).getByRole("link")).toHaveText([MEMBER_NAME, second.name]);
    await expect(coming.getByRole("region", { name: "Waitlist (1)" }).getByRole("link")).toHaveText([third.name]);
    const unreadBefore = await unreadCount(third.page);

    // The demo member gives up their place …
    await rsvpPanel(member.page).getByRole("button", { name: "Not going" }).click();
    await expect(rsvpPanel(member.page).getByTestId("my-answer")).toHaveText("You are not coming on this trip.");

    // … and the third is going now, and is told.
    await third.page.goto(tripPath);
    await expect(rsvpPanel(third.page).getByTestId("my-answer")).toHaveText("Your place on the trip is confirmed.");
    await expect(rsvpPanel(third.page)).not.toContainText("on the waitlist");
    await expect(third.page.getByTestId("event-seats")).toContainText("2/2 going");
    await expect(third.page.getByTestId("event-seats")).not.toContainText("on the waitlist");
    await expect(bell(third.page)).toHaveAttribute("aria-label", `Notifications, ${unreadBefore + 1} unread`);
    await expect(third.page.getByRole("banner").getByTestId("unread-count")).toHaveText(String(unreadBefore + 1));
    await bell(third.page).click();
    await expect(third.page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const promotion = third.page.getByTestId("notification").filter({ hasText: `A seat opened up: you are now going to “${title}”` });
    await expect(promotion).toHaveCount(1);
    await promotion.getByRole("link").click();
    await expect(third.page).toHaveURL(new RegExp(`${tripPath}$`));
    await expect(third.page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // The organiser sees who is going now.
    await page.reload();
    const going = page.getByRole("region", { name: "Who is coming" }).getByRole("region", { name: "Going (2)" });
    await expect(going).toContainText(second.name);
    await expect(going).toContainText(third.name);
    await expect(going).not.toContainText(MEMBER_NAME);
    await expect(page.getByRole("region", { name: "Who is coming" }).getByRole("region", { name: /^Waitlist/ })).toHaveCount(0);
  } finally {
    for (const session of sessions) await session.close();
  }
});

test("a member downloads an event as an .ics file: the event in Stockholm time, nobody's name", async ({ page }) => {
  await signIn(page, DEMO.member);
  await mainNav(page).getByRole("link", { name: "Events" }).click();
  const item = ovreNorrlandItem(page, SEEDED.exportClub);
  await expect(item).toHaveCount(1);
  await item.getByRole("link", { name: SEEDED.exportClub }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.exportClub })).toBeVisible();

  // Who is going, as a member sees them on the page: none of them may be in the file.
  const attendees = await page.getByRole("region", { name: "Who is coming" }).getByRole("link").allInnerTexts();
  expect(attendees.length).toBeGreaterThan(0);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to my calendar (.ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("event.ics");
  const ics = unfold(await readFile((await download.path())!, "utf8"));

  expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  expect(ics).toContain(`SUMMARY:${SEEDED.exportClub}`);
  expect(ics).toMatch(/^DTSTART;TZID=Europe\/Stockholm:\d{8}T080000\r?$/m);
  expect(ics).toContain("BEGIN:VTIMEZONE");
  expect(ics).toContain("TZID:Europe/Stockholm");
  expect(ics).not.toMatch(/^ATTENDEE/m);
  for (const name of [...attendees, MEMBER_NAME]) expect(ics, `the .ics names ${name}`).not.toContain(name);
});

test("a member creates a calendar feed link, the feed works without a session, and a reset retires the old link", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  // A new member of Övre Norrland, so the account starts without a feed link.
  await signIn(page, DEMO.organiser);
  const subscriber = await newOvreNorrlandMember(browser, page, "Subscriber");
  try {
    const me = subscriber.page;
    // The feeds page is linked from the events page (the account page has no link to it yet).
    await mainNav(me).getByRole("link", { name: "Events" }).click();
    await me.getByRole("main").getByRole("link", { name: "Calendar feeds" }).click();
    await expect(me.getByRole("heading", { level: 1, name: "Calendar feeds" })).toBeVisible();
    await expect(me.getByText("You have no feed link yet.")).toBeVisible();
    await me.getByRole("button", { name: "Create feed link" }).click();

    const links = me.getByRole("region", { name: "Your feed links" });
    const feedField = links.getByRole("textbox", { name: `Feed for ${OVRE_NORRLAND.name}` });
    await expect(feedField).toHaveValue(new RegExp(`/api/v1/networks/${OVRE_NORRLAND.slug}/calendar\\?token=[A-Za-z0-9_-]{20,}$`));
    const firstUrl = await feedField.inputValue();

    // A calendar app fetches it: no cookies, only the token in the link.
    const feed = await request.get(firstUrl);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
    const ics = unfold(await feed.text());
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics).toContain(`SUMMARY:${SEEDED.vietnamTrip}`);
    expect(ics).not.toContain(subscriber.name);
    expect(ics).not.toMatch(/^ATTENDEE/m);

    // Resetting (after a confirmation) gives a new link; the old one stops working at once.
    await clickAndConfirm(me, me.getByRole("button", { name: "Reset feed link" }));
    await expect(feedField).not.toHaveValue(firstUrl);
    await expect(feedField).toHaveValue(new RegExp(`/api/v1/networks/${OVRE_NORRLAND.slug}/calendar\\?token=[A-Za-z0-9_-]{20,}$`));
    const secondUrl = await feedField.inputValue();
    expect((await request.get(firstUrl)).status()).toBe(404);
    const renewed = await request.get(secondUrl);
    expect(renewed.status()).toBe(200);
    expect(unfold(await renewed.text())).toContain(`SUMMARY:${SEEDED.vietnamTrip}`);
  } finally {
    await subscriber.close();
  }
});

test("the month view shows the coming events in their days; the past view lists the last meeting", async ({ page }) => {
  await signIn(page, DEMO.member);
  await mainNav(page).getByRole("link", { name: "Events" }).click();
  await expect(viewNav(page).getByRole("link", { name: "Upcoming" })).toHaveAttribute("aria-current", "page");

  // Where the seeded events fall, read from the upcoming list.
  const seeded: { title: string; startsAt: Date; href: string }[] = [];
  for (const title of [SEEDED.exportClub, SEEDED.workshop]) {
    const item = ovreNorrlandItem(page, title);
    await expect(item).toHaveCount(1);
    const startsAt = new Date((await item.locator("time").getAttribute("datetime"))!);
    const href = (await item.getByRole("link", { name: title }).getAttribute("href"))!;
    seeded.push({ title, startsAt, href });
  }

  await viewNav(page).getByRole("link", { name: "Month" }).click();
  await expect(page).toHaveURL(/\/en\/events\?view=month$/);
  await expect(viewNav(page).getByRole("link", { name: "Month" })).toHaveAttribute("aria-current", "page");
  let shown = new Date();
  await expect(page.getByRole("table", { name: `Events in ${monthName(shown)}` })).toBeVisible();

  // 12 and 26 days ahead: each in this month or the next, which "Next month" shows.
  for (const event of seeded.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    if (stockholmMonth(event.startsAt) !== stockholmMonth(shown)) {
      await page.getByRole("navigation", { name: "Change month" }).getByRole("link", { name: /^Next month/ }).click();
      shown = event.startsAt;
    }
    const grid = page.getByRole("table", { name: `Events in ${monthName(event.startsAt)}` });
    await expect(grid).toBeVisible();
    const day = grid.getByRole("cell").filter({ has: page.locator(`time[datetime="${stockholmDayOf(event.startsAt)}"]`) });
    await expect(day).toHaveCount(1);
    const link = day.getByRole("link", { name: event.title }).and(page.locator(`[href="${event.href}"]`));
    await expect(link).toBeVisible();
    await expect(link).toContainText(new Intl.DateTimeFormat("en", { timeZone: STOCKHOLM, timeStyle: "short" }).format(event.startsAt));
  }

  await viewNav(page).getByRole("link", { name: "Past" }).click();
  await expect(page).toHaveURL(/\/en\/events\?when=past$/);
  const past = page.getByRole("region", { name: "Past events" });
  const meeting = ovreNorrlandItem(page, SEEDED.pastMeeting, past);
  await expect(meeting).toHaveCount(1);
  await expect(meeting).toContainText("Network meeting");
  await expect(meeting).toContainText("Business centre, Umeå");
  await expect(past).not.toContainText(SEEDED.exportClub);
});

test("a visitor sees the public events but not the network-only ones", async ({ page, browser }) => {
  // A member of Övre Norrland sees the trip and the workshop, both for the network only.
  const member = await newSession(browser);
  let tripHref = "";
  try {
    await signIn(member.page, DEMO.member);
    await member.page.goto("/en/events");
    const trip = ovreNorrlandItem(member.page, SEEDED.vietnamTrip);
    await expect(trip).toHaveCount(1);
    await expect(trip).not.toContainText("Public");
    await expect(ovreNorrlandItem(member.page, SEEDED.workshop)).toHaveCount(1);
    tripHref = (await trip.getByRole("link", { name: SEEDED.vietnamTrip }).getAttribute("href"))!;
  } finally {
    await member.context.close();
  }

  await page.goto("/en");
  await mainNav(page).getByRole("link", { name: "Events" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  await expect(page.getByText("Public events of the Kosmopolit networks. Sign in to see all events of your networks.")).toBeVisible();
  const exportClub = ovreNorrlandItem(page, SEEDED.exportClub);
  await expect(exportClub).toHaveCount(1);
  await expect(exportClub).toContainText("Public");
  const main = page.getByRole("main");
  await expect(main).not.toContainText(SEEDED.vietnamTrip);
  await expect(main).not.toContainText(SEEDED.workshop);
  // Every entry a visitor sees is public.
  const items = page.getByTestId("event-item");
  expect(await items.count()).toBeGreaterThan(0);
  await expect(items.filter({ hasNotText: "Public" })).toHaveCount(0);

  // A public event opens, with the way to sign in to answer.
  await exportClub.getByRole("link", { name: SEEDED.exportClub }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.exportClub })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to answer" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Who is coming" })).toHaveCount(0);

  // The trip's own address tells the visitor nothing.
  const response = await page.goto(tripHref);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Event not found" })).toBeVisible();
  await expect(main).not.toContainText(SEEDED.vietnamTrip);
});
