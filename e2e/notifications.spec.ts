import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, OVRE_NORRLAND, askToJoin, decideRequest, expectSignedIn, newCredentials, newSession, registerUser, signIn } from "./helpers";
import { waitForMail } from "./mailbox";

// Capability 7 end to end: the live bell, the notification centre, the email that lands in the
// run's SMTP server (e2e/global-setup.ts), its one-click unsubscribe link, the preferences page.

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Serious and critical axe violations fail (as in accessibility.spec.ts). */
async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`), label).toEqual([]);
}

const bell = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Notifications(, \d+ unread)?$/ });

/** Registers through the Swedish form, so the person's language (and so their emails) is Swedish. */
async function registerInSwedish(page: Page) {
  const credentials = newCredentials("Sökande");
  await page.goto("/sv/register");
  await page.getByLabel("För- och efternamn").fill(credentials.name);
  await page.getByLabel("E-post").fill(credentials.email);
  await page.getByLabel("Lösenord", { exact: true }).fill(credentials.password);
  await page.getByRole("checkbox", { name: /Jag har läst och godkänner integritetsvillkoren/ }).check();
  await page.getByRole("button", { name: "Skapa konto" }).click();
  await page.waitForURL((url) => !url.pathname.endsWith("/register"));
  await expect(page.getByRole("banner").getByRole("button", { name: "Logga ut" })).toBeVisible();
  return credentials;
}

/** An unsubscribe token whose claim names another kind, its signature left as it was. */
function tamperedToken(token: string) {
  const [payload, signature] = token.split(".");
  const claim = JSON.parse(Buffer.from(payload!, "base64url").toString("utf8")) as { k: string };
  claim.k = claim.k === "network.join_declined" ? "network.join_approved" : "network.join_declined";
  return `${Buffer.from(JSON.stringify(claim)).toString("base64url")}.${signature}`;
}

test.describe("notifications", () => {
  test("an approval raises the requester's bell live, emails them in Swedish, and the email's link unsubscribes in one click", async ({ page, browser, baseURL }) => {
    const requester = await registerInSwedish(page);
    await askToJoin(page, OVRE_NORRLAND.slug, `I export timber to Vietnam and want to meet peers (${requester.email}).`);

    // The requester sits on another page with a connected socket; a marker shows the page is never reloaded.
    await page.goto("/en/events");
    await expect(bell(page)).toHaveAttribute("aria-label", "Notifications");
    await expect(bell(page)).toHaveAttribute("data-live", "true");
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    const organiser = await newSession(browser);
    try {
      await signIn(organiser.page, DEMO.organiser);
      await organiser.page.goto(`/en/networks/${OVRE_NORRLAND.slug}/manage`);
      await decideRequest(organiser.page, requester.name, "Approve");
    } finally {
      await organiser.context.close();
    }

    await expect(bell(page)).toHaveAttribute("aria-label", "Notifications, 1 unread");
    await expect(page.getByRole("banner").getByTestId("unread-count")).toHaveText("1");
    await expect(page.getByRole("banner").getByRole("status")).toHaveText("Notifications, 1 unread");
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

    // The email, in the requester's language, with a link to the network and one-click unsubscribe headers.
    const mail = await waitForMail(requester.email, (received) => received.subject.includes(OVRE_NORRLAND.name));
    expect(mail.subject).toBe(`Välkommen! Din ansökan om medlemskap i ${OVRE_NORRLAND.name} har godkänts`);
    expect(mail.headers["content-language"]).toBe("sv");
    expect(mail.text).toContain(`${baseURL}/sv/networks/${OVRE_NORRLAND.slug}`);
    expect(mail.html).toContain(`${baseURL}/sv/networks/${OVRE_NORRLAND.slug}`);
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const unsubscribeLink = /^<(.+)>$/.exec(mail.headers["list-unsubscribe"] ?? "")?.[1] ?? "";
    expect(unsubscribeLink).toMatch(new RegExp(`^${baseURL}/api/v1/unsubscribe\\?token=`));

    // The centre: the notification leads to the network; reading it clears the bell.
    await bell(page).click();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const item = page.getByTestId("notification").filter({ hasText: OVRE_NORRLAND.name });
    await expect(item.getByRole("link", { name: `Welcome! Your request to join ${OVRE_NORRLAND.name} was approved` })).toHaveAttribute("href", `/en/networks/${OVRE_NORRLAND.slug}`);
    await expect(page.getByRole("link", { name: "Choose how you are notified" })).toHaveAttribute("href", "/en/account/notifications");
    await item.getByRole("button", { name: "Mark as read" }).click();
    await expect(bell(page)).toHaveAttribute("aria-label", "Notifications");
    await expect(page.getByRole("banner").getByTestId("unread-count")).toHaveCount(0);

    // A tampered link is refused in words; the genuine one needs no sign-in and asks before it unsubscribes.
    const visitor = await newSession(browser);
    try {
      const token = new URL(unsubscribeLink).searchParams.get("token")!;
      await visitor.page.goto(`/api/v1/unsubscribe?token=${encodeURIComponent(tamperedToken(token))}`);
      await expect(visitor.page).toHaveURL(/\/en\/unsubscribe\?token=/);
      await expect(visitor.page.getByRole("main").getByRole("alert")).toHaveText("This unsubscribe link is not valid or has expired. Sign in to choose which emails you get.");

      await visitor.page.goto(unsubscribeLink);
      await expect(visitor.page).toHaveURL(/\/sv\/unsubscribe\?token=/);
      await expect(visitor.page.getByRole("heading", { level: 1, name: "Sluta få mejl" })).toBeVisible();
      await expect(visitor.page.getByText(`${requester.email} får inte längre mejl om ”Din ansökan om medlemskap godkänd”.`)).toBeVisible();
      await expectNoSeriousViolations(visitor.page, "unsubscribe page (Swedish, signed out)");
      await visitor.page.getByRole("button", { name: "Avregistrera" }).click();
      await expect(visitor.page.getByRole("status").filter({ hasText: "Du är avregistrerad" })).toContainText(`${requester.email} får inte längre mejl om`);
      await expect(visitor.page.getByRole("button", { name: "Avregistrera" })).toHaveCount(0);
      await expect(visitor.page.getByRole("link", { name: "Välj vilka mejl du får" })).toHaveAttribute("href", "/sv/account/notifications");
    } finally {
      await visitor.context.close();
    }

    // The choice now stands on the requester's preferences page: in the app only.
    await page.goto("/en/account/notifications");
    await expect(page.getByLabel("Your join request approved")).toHaveValue("IN_APP");
  });

  test("preferences: two kinds and the digest changed, saved and still chosen after a reload; a forged choice changes nothing", async ({ page }) => {
    await registerUser(page, "Preferences");
    await page.goto("/en/account");
    await page.getByRole("link", { name: "Choose your notifications" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications and email" })).toBeVisible();
    await expect(page.getByLabel("Mentions of you in chat")).toHaveValue("IN_APP");
    await expect(page.getByRole("radio", { name: "Send me the weekly digest" })).toBeChecked();
    await expectNoSeriousViolations(page, "notification preferences");

    await page.getByLabel("Mentions of you in chat").selectOption({ label: "Email at once" });
    await page.getByLabel("Reminders of events you go to").selectOption({ label: "Off" });
    await page.getByRole("radio", { name: "No weekly digest" }).check();
    await page.getByRole("button", { name: "Save choices" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your notification choices are saved." })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Mentions of you in chat")).toHaveValue("EMAIL_NOW");
    await expect(page.getByLabel("Reminders of events you go to")).toHaveValue("OFF");
    await expect(page.getByLabel("An answer to your question")).toHaveValue("EMAIL_NOW");
    await expect(page.getByRole("radio", { name: "No weekly digest" })).toBeChecked();

    // A choice the form never offered (as a tampered request would send) refuses the whole form.
    await page.getByLabel("Mentions of you in chat").selectOption({ label: "Off" });
    await page.getByLabel("Reminders of events you go to").evaluate((select: HTMLSelectElement) => {
      select.options[0]!.value = "SOMETIMES";
      select.selectedIndex = 0;
    });
    await page.getByRole("button", { name: "Save choices" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please correct the marked fields." })).toBeVisible();
    await expect(page.getByLabel("Reminders of events you go to")).toHaveAttribute("aria-invalid", "true");
    await page.reload();
    await expect(page.getByLabel("Mentions of you in chat")).toHaveValue("EMAIL_NOW");
    await expect(page.getByLabel("Reminders of events you go to")).toHaveValue("OFF");
  });

  test("preferences on a phone in Arabic: right to left, nothing wider than the screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await registerUser(page, "Arabic phone");
    await page.goto("/ar/account/notifications");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "الإشعارات والبريد الإلكتروني" })).toBeVisible();
    await expect(page.getByLabel("الإشارة إليك في الدردشة")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoSeriousViolations(page, "notification preferences (Arabic, 375 px)");
  });

  test("a forged unsubscribe link shows the error and a way to sign in", async ({ page }) => {
    await page.goto("/en/unsubscribe?token=eyJ1IjoiZm9yZ2VkIn0.not-a-signature");
    await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("This unsubscribe link is not valid or has expired. Sign in to choose which emails you get.");
    await expectNoSeriousViolations(page, "unsubscribe page with a forged token");
    await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount%2Fnotifications$/);
  });

  test("the preferences page asks a visitor to sign in first and returns there", async ({ page }) => {
    const credentials = newCredentials("Visitor");
    await page.goto("/en/account/notifications");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
    await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
    await page.getByLabel("Full name").fill(credentials.name);
    await page.getByLabel("Email").fill(credentials.email);
    await page.getByLabel("Password", { exact: true }).fill(credentials.password);
    await page.getByRole("checkbox", { name: /I have read and accept the privacy terms/ }).check();
    await page.getByRole("button", { name: "Create account" }).click();
    await expectSignedIn(page);
    await expect(page).toHaveURL(/\/en\/account\/notifications$/);
  });
});
