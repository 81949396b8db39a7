import { type Browser, type Locator, type Page } from "@playwright/test";
import { OVRE_NORRLAND, askToJoin, decideRequest, newSession, registerUser, type Credentials } from "./helpers";

// Helpers of the events specs (events, event calendars, event views).
/** The seeded name of DEMO.member (Övre Norrland). */
export const MEMBER_NAME = "Tomás Herrera";

/** Seeded events (prisma/seed/events.ts): Övre Norrland has one of each, other networks the same titles. */
export const SEEDED = {
  exportClub: "Export club: two firms tell their export stories", // PUBLIC, in 12 days, 08:00
  workshop: "Workshop: pricing and Incoterms for the first export order", // network only, in 26 days
  pastMeeting: "Network meeting: what we learned this season", // network only, 40 days ago
  vietnamTrip: "Business trip to Vietnam: Hanoi and Ho Chi Minh City", // Övre Norrland only, in 70 days
} as const;

export const STOCKHOLM = "Europe/Stockholm";

export const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main", exact: true });
export const viewNav = (page: Page) => page.getByRole("navigation", { name: "Event views" });
export const rsvpPanel = (page: Page) => page.getByRole("region", { name: "Your place on the trip" });
export const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifications/ });

/** The unread count the bell announces (0 when it says nothing is unread). */
export async function unreadCount(page: Page) {
  return Number((await bell(page).getAttribute("aria-label"))?.match(/(\d+) unread/)?.[1] ?? 0);
}

/** "2027-01-03": the Stockholm calendar day `days` from now. */
export function stockholmDay(days: number) {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: STOCKHOLM, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(Date.now() + days * 86_400_000));
}

/** "2027-01": the Stockholm month of a moment. */
export function stockholmMonth(date: Date) {
  return stockholmDayOf(date).slice(0, 7);
}

export function stockholmDayOf(date: Date) {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: STOCKHOLM, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

/** "January 2027", as the month view's caption names a month. */
export function monthName(date: Date) {
  return new Intl.DateTimeFormat("en", { timeZone: STOCKHOLM, month: "long", year: "numeric" }).format(date);
}

/** iCalendar text with folded lines joined again (RFC 5545 folds lines longer than 75 octets). */
export const unfold = (ics: string) => ics.replace(/\r?\n[ \t]/g, "");

/** The list entry of an event of Övre Norrland (every network has events of the same titles). */
export function ovreNorrlandItem(page: Page, title: string, within: Page | Locator = page) {
  return within
    .getByTestId("event-item")
    .filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) })
    .filter({ has: page.getByRole("link", { name: OVRE_NORRLAND.name, exact: true }) });
}

/**
 * A fresh person, signed in in a session of their own, who asks to join Övre Norrland and is
 * approved by the organiser (whose signed-in page is passed in).
 */
export async function newOvreNorrlandMember(browser: Browser, organiser: Page, label: string): Promise<Credentials & { page: Page; close: () => Promise<void> }> {
  const session = await newSession(browser);
  const credentials = await registerUser(session.page, label);
  await askToJoin(session.page, OVRE_NORRLAND.slug, `I am ${credentials.name} and want to travel with the network to new markets.`);
  await organiser.goto(`/en/networks/${OVRE_NORRLAND.slug}/manage`);
  await decideRequest(organiser, credentials.name, "Approve");
  return { ...credentials, page: session.page, close: () => session.context.close() };
}

/** Presses "Confirm my place" on the trip's page. */
export async function confirmPlace(page: Page) {
  await rsvpPanel(page).getByRole("group", { name: "Answer this event" }).getByRole("button", { name: "Confirm my place" }).click();
}
