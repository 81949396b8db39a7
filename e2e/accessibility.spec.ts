import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, OVRE_NORRLAND, signIn } from "./helpers";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;

/** One line per failing element, so a failure reads without opening the report. */
function describe(violations: AxeResults["violations"]) {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target.join(" ")}\n      ${node.failureSummary?.replace(/\n/g, "\n      ") ?? ""}`)
        .join("\n");
      return `[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes}`;
    })
    .join("\n\n");
}

/** Scans the page as it is now; serious and critical violations fail the test, the rest are attached. */
async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  const minor = results.violations.filter((violation) => !serious.includes(violation));
  if (minor.length) {
    await test.info().attach(`axe minor violations – ${label}`, { body: describe(minor), contentType: "text/plain" });
    console.log(`axe (${label}) minor/moderate violations:\n${describe(minor)}`);
  }
  expect(serious, `serious or critical axe violations on ${label}:\n\n${describe(serious)}\n`).toEqual([]);
}

type Visit = { path: string; as?: string; heading?: RegExp | string };

/** Fixed ids of Övre Norrland's seeded events (prisma/seed/events.ts). */
const SEEDED_EVENTS = { exportClub: "demo-event-ovre-norrland-export-club", vietnamTrip: "demo-event-ovre-norrland-trip-vietnam" } as const;

const pages: Record<string, Visit> = {
  "home (visitor)": { path: "/en" },
  "networks (visitor)": { path: "/en/networks", heading: "Regional networks" },
  "network page (visitor)": { path: `/en/networks/${OVRE_NORRLAND.slug}`, heading: OVRE_NORRLAND.name },
  "network page (member)": { path: `/en/networks/${OVRE_NORRLAND.slug}`, as: DEMO.member, heading: OVRE_NORRLAND.name },
  "sign in": { path: "/en/sign-in", heading: "Sign in" },
  register: { path: "/en/register", heading: "Create your account" },
  privacy: { path: "/en/privacy", heading: "Privacy terms" },
  "network page in Arabic (visitor)": { path: `/ar/networks/${OVRE_NORRLAND.slug}`, heading: OVRE_NORRLAND.name },
  "notifications (organiser)": { path: "/en/notifications", as: DEMO.organiser, heading: "Notifications" },
  "account (member)": { path: "/en/account", as: DEMO.member, heading: "Your account" },
  "manage network (organiser)": { path: `/en/networks/${OVRE_NORRLAND.slug}/manage`, as: DEMO.organiser, heading: "Manage network" },
  "members (organiser)": { path: `/en/networks/${OVRE_NORRLAND.slug}/members`, as: DEMO.organiser, heading: "Members" },
  "start a network (facilitator)": { path: "/en/networks/new", as: DEMO.facilitator, heading: "Start a network" },
  "manage a forming network (facilitator)": { path: "/en/networks/kronoberg/manage", as: DEMO.facilitator, heading: "Manage network" },
  "administration (admin)": { path: "/en/admin", as: DEMO.admin, heading: "Administration" },
  "knowledge search with a query (visitor)": { path: "/en/knowledge?q=letters+of+credit", heading: "Knowledge bank" },
  "knowledge search with a query (member)": { path: "/en/knowledge?q=Vietnam&type=article", as: DEMO.member, heading: "Knowledge bank" },
  "knowledge editor (member)": { path: "/en/knowledge/new/article", as: DEMO.member, heading: "Write an article" },
  "export stories (visitor)": { path: "/en/knowledge/stories", heading: "Export stories" },
  "events (visitor)": { path: "/en/events", heading: "Events" },
  "events (member)": { path: "/en/events", as: DEMO.member, heading: "Events" },
  "events month view (member)": { path: "/en/events?view=month", as: DEMO.member, heading: "Events" },
  "past events (member)": { path: "/en/events?when=past", as: DEMO.member, heading: "Events" },
  "event page: export club (visitor)": { path: `/en/events/${SEEDED_EVENTS.exportClub}`, heading: "Export club: two firms tell their export stories" },
  "event page: export club (member)": { path: `/en/events/${SEEDED_EVENTS.exportClub}`, as: DEMO.member, heading: "Export club: two firms tell their export stories" },
  "business trip page (member)": { path: `/en/events/${SEEDED_EVENTS.vietnamTrip}`, as: DEMO.member, heading: "Business trip to Vietnam: Hanoi and Ho Chi Minh City" },
  "calendar feeds (member)": { path: "/en/account/calendar", as: DEMO.member, heading: "Calendar feeds" },
  "chat (member)": { path: "/en/chat", as: DEMO.member, heading: "Chat" },
  "chat in Arabic (member)": { path: "/ar/chat", as: DEMO.member, heading: "الدردشة" },
};

/** A path as a literal inside a regular expression (search pages carry "?" and "+"). */
const literal = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Searches the knowledge bank and opens the first result, the way a reader finds a page. */
async function openFirstKnowledgeHit(page: Page, query: string) {
  await page.goto(`/en/knowledge?${query}`);
  const first = page.getByRole("main").getByRole("article").first();
  const title = (await first.getByRole("heading", { level: 3 }).innerText()).trim();
  await first.getByRole("heading", { level: 3 }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test.describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  for (const [label, visit] of Object.entries(pages)) {
    test(label, async ({ page }) => {
      if (visit.as) await signIn(page, visit.as);
      await page.goto(visit.path);
      await expect(page).toHaveURL(new RegExp(`${literal(visit.path)}$`));
      if (visit.heading) await expect(page.getByRole("heading", { level: 1, name: visit.heading })).toBeVisible();
      await expectNoSeriousViolations(page, `${label} – ${visit.path}`);
    });
  }

  test("register form showing its field errors", async ({ page }) => {
    await page.goto("/en/register");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Please accept the privacy terms to create an account.")).toBeVisible();
    await expectNoSeriousViolations(page, "register with errors");
  });

  test("business trip editor with the trip fields, leader suggestions and an itinerary item (organiser)", async ({ page }) => {
    await signIn(page, DEMO.organiser);
    await page.goto(`/en/networks/${OVRE_NORRLAND.slug}/events/new?kind=BUSINESS_TRIP`);
    await expect(page.getByRole("heading", { level: 1, name: "Plan a business trip" })).toBeVisible();
    const trip = page.getByRole("group", { name: "Business trip", exact: true });
    await trip.getByLabel("Destination country").selectOption({ label: "Vietnam" });
    await expect(page.getByText("Suggestions for Vietnam updated.")).toBeAttached();
    await expect(trip.getByRole("group", { name: "Trip leaders" }).getByRole("checkbox").first()).toBeVisible();
    await trip.getByRole("button", { name: "Add an itinerary item" }).click();
    await expect(trip.getByRole("group", { name: "Item 1" })).toBeVisible();
    await expectNoSeriousViolations(page, "business trip editor (organiser)");
  });

  test("network chat channel with messages and the message box (member)", async ({ page }) => {
    await signIn(page, DEMO.member);
    await page.goto("/en/chat");
    await page.getByRole("navigation", { name: "Channels" }).getByRole("link", { name: new RegExp(`^${OVRE_NORRLAND.name}`) }).click();
    await expect(page.getByRole("heading", { level: 1, name: OVRE_NORRLAND.name })).toBeVisible();
    await expect(page.getByRole("textbox", { name: `Message to ${OVRE_NORRLAND.name}` })).toBeVisible();
    await expect(page.getByText("Loading messages…")).toHaveCount(0);
    await expectNoSeriousViolations(page, `chat channel (member) – ${new URL(page.url()).pathname}`);
  });

  test("knowledge article found through the search (visitor)", async ({ page }) => {
    await openFirstKnowledgeHit(page, "q=letters+of+credit&type=article");
    await expectNoSeriousViolations(page, `knowledge article (visitor) – ${new URL(page.url()).pathname}`);
  });

  test("knowledge question with answers and the answer form (member)", async ({ page }) => {
    await signIn(page, DEMO.member);
    await openFirstKnowledgeHit(page, "q=payment+terms&type=question");
    await expect(page.getByRole("button", { name: "Post the answer" })).toBeVisible();
    await expectNoSeriousViolations(page, `knowledge question (member) – ${new URL(page.url()).pathname}`);
  });
});
