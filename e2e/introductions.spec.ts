import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, OVRE_NORRLAND, askToJoin, decideRequest, newSession, registerUser, signIn, type Credentials } from "./helpers";

// The people asked are seeded demo accounts, because being open to introductions and knowing
// countries are preconditions, not the flow under test: Amira Haddad (the organiser; open,
// knows Syria, Lebanon, Jordan and the United Arab Emirates) and Tomás Herrera (the member;
// open, knows Chile, Argentina and Spain). Each asker is a fresh account that joins Övre
// Norrland through the UI, so repeated runs never meet the duplicate or the cap by accident.
const AMIRA = { id: "demo-user-0003", name: "Amira Haddad" } as const;
const TOMAS = { id: "demo-user-0004", name: "Tomás Herrera" } as const;
const FACILITATOR_ID = "demo-user-0002"; // not open to introductions
const REASON = "We export Swedish food and need a reliable distributor in this market.";

async function expectNoSeriousAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`), label).toEqual([]);
}

/** A fresh account, signed in on `page`, made a member of Övre Norrland by the organiser. */
async function newMemberOfOvreNorrland(page: Page, browser: Browser, label: string): Promise<Credentials> {
  const credentials = await registerUser(page, label);
  await askToJoin(page, OVRE_NORRLAND.slug, `I run a food export firm and want to meet peers (${credentials.email}).`);
  const organiser = await newSession(browser);
  try {
    await signIn(organiser.page, DEMO.organiser);
    await organiser.page.goto(`/en/networks/${OVRE_NORRLAND.slug}/manage`);
    await decideRequest(organiser.page, credentials.name, "Approve");
  } finally {
    await organiser.context.close();
  }
  return credentials;
}

const panelOf = (page: Page) => page.getByRole("region", { name: "Ask for an introduction" });

async function askFor(page: Page, member: { id: string }, country: string) {
  await page.goto(`/en/members/${member.id}`);
  const panel = panelOf(page);
  await panel.getByLabel("Market").selectOption({ label: country });
  await panel.getByLabel("Why are you asking?").fill(REASON);
  await panel.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Your request was sent. You will be told when they answer.")).toBeVisible();
}

test.describe("introductions", () => {
  test("a member asks another for an introduction to a market; they accept; both are told", async ({ page, browser }) => {
    const asker = await newMemberOfOvreNorrland(page, browser, "Asker");

    await page.goto(`/en/members/${AMIRA.id}`);
    const panel = panelOf(page);
    await expect(panel.getByText(`Ask ${AMIRA.name} to introduce you to a market they know.`, { exact: false })).toBeVisible();
    const market = panel.getByLabel("Market");
    await expect(market.locator("option")).toHaveText(["Jordan", "Lebanon", "Syria", "United Arab Emirates"]);
    // Too short a reason is refused, and nothing is sent.
    await market.selectOption({ label: "Lebanon" });
    await panel.getByLabel("Why are you asking?").fill("Hi");
    await panel.getByRole("button", { name: "Send request" }).click();
    await expect(panel.getByText("This is too short.")).toBeVisible();

    await askFor(page, AMIRA, "Lebanon");
    await expect(panelOf(page).getByText("Waiting for an answer: Lebanon.")).toBeVisible();
    await expect(panelOf(page).getByRole("option", { name: "Lebanon (request waiting)" })).toBeDisabled();

    await page.goto("/en/introductions");
    const sent = page.getByTestId("sent-introduction").filter({ hasText: AMIRA.name });
    await expect(sent).toHaveCount(1);
    await expect(sent).toContainText(`To ${AMIRA.name} about Lebanon`);
    await expect(sent).toContainText("Waiting for an answer");
    await expect(sent.getByRole("link", { name: AMIRA.name })).toHaveAttribute("href", `/en/members/${AMIRA.id}`);
    await expect(page.getByText("1 of 5 requests waiting for an answer.", { exact: false })).toBeVisible();
    await expectNoSeriousAxeViolations(page, "introductions, asker");

    // Amira is told, and answers from her introductions page.
    const target = await newSession(browser);
    try {
      await signIn(target.page, DEMO.organiser);
      await target.page.goto("/en/notifications");
      const notification = target.page.getByTestId("notification").filter({ hasText: `${asker.name} asks you for an introduction to Lebanon` });
      await expect(notification).toBeVisible();
      await notification.getByRole("link").click();
      await expect(target.page).toHaveURL(/\/en\/introductions$/);
      const received = target.page.getByTestId("received-introduction").filter({ hasText: asker.name });
      await expect(received).toContainText(`${asker.name} asks about Lebanon`);
      await expect(received).toContainText(REASON);
      await expectNoSeriousAxeViolations(target.page, "introductions, target with a pending request");
      const answer = target.page.getByRole("form", { name: `Answer to ${asker.name}` });
      await answer.getByLabel("Response (optional)").fill("Happy to help. Call me on Monday.");
      await answer.getByRole("button", { name: "Accept" }).click();
      await expect(target.page.getByText("Accepted. They have been told.")).toBeVisible();
      await expect(received).toContainText("Accepted");
      await expect(received.getByRole("form")).toHaveCount(0);
    } finally {
      await target.context.close();
    }

    // The asker is told, with the response, and the request shows as accepted.
    await page.goto("/en/notifications");
    const told = page.getByTestId("notification").filter({ hasText: `${AMIRA.name} accepted your request for an introduction to Lebanon` });
    await expect(told).toBeVisible();
    await expect(told).toContainText("Happy to help. Call me on Monday.");
    await page.goto("/en/introductions");
    await expect(sent).toContainText("Accepted");
    await expect(sent).toContainText(`${AMIRA.name} accepted: you can now talk directly.`);
    await expect(page.getByText("0 of 5 requests waiting for an answer.", { exact: false })).toBeVisible();
  });

  test("the panel says why asking is not possible, the cap stops a sixth request, and withdrawing frees a place", async ({ page, browser }) => {
    await newMemberOfOvreNorrland(page, browser, "Busy asker");

    // Not open to introductions.
    await page.goto(`/en/members/${FACILITATOR_ID}`);
    await expect(panelOf(page)).toContainText("is not taking introduction requests at the moment.");
    await expect(panelOf(page).getByRole("button", { name: "Send request" })).toHaveCount(0);

    // Every country a member knows already asked about.
    for (const country of ["Syria", "Lebanon", "Jordan", "United Arab Emirates"]) await askFor(page, AMIRA, country);
    await page.goto(`/en/members/${AMIRA.id}`);
    await expect(panelOf(page)).toContainText(`You have already asked ${AMIRA.name} about every country they know.`);

    // The fifth request reaches the cap: a sixth is not offered.
    await askFor(page, TOMAS, "Chile");
    await page.goto(`/en/members/${TOMAS.id}`);
    await expect(panelOf(page)).toContainText("You already have 5 requests waiting for an answer, the most at a time.");
    await expect(panelOf(page).getByRole("button", { name: "Send request" })).toHaveCount(0);

    // Withdrawing one makes room again.
    await panelOf(page).getByRole("link", { name: "see your introductions", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/introductions$/);
    await expect(page.getByText("5 of 5 requests waiting for an answer.", { exact: false })).toBeVisible();
    const chile = page.getByTestId("sent-introduction").filter({ hasText: `To ${TOMAS.name} about Chile` });
    await chile.getByRole("button", { name: "Withdraw request" }).click();
    await expect(page.getByText("Your request was withdrawn.")).toBeVisible();
    await expect(chile).toContainText("Withdrawn");
    await page.goto(`/en/members/${TOMAS.id}`);
    await expect(panelOf(page).getByRole("button", { name: "Send request" })).toBeVisible();
  });

  test("the account page leads to the introductions page; visitors are sent to sign in", async ({ page }) => {
    await page.goto("/en/introductions");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fintroductions/);
    await signIn(page, DEMO.member);
    await page.goto("/en/account");
    await page.getByRole("link", { name: "Requests for introductions you have sent and received" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Introductions" })).toBeVisible();
    await expectNoSeriousAxeViolations(page, "introductions, member");
  });
});
