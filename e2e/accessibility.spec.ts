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
};

test.describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
  for (const [label, visit] of Object.entries(pages)) {
    test(label, async ({ page }) => {
      if (visit.as) await signIn(page, visit.as);
      await page.goto(visit.path);
      await expect(page).toHaveURL(new RegExp(`${visit.path}$`));
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
});
