import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

/** Password of every seeded demo account. */
export const DEMO_PASSWORD = "kosmopolit-demo";

export const DEMO = {
  admin: "admin@kosmopolit.test",
  facilitator: "facilitator@kosmopolit.test",
  organiser: "organiser@kosmopolit.test",
  member: "member@kosmopolit.test",
} as const;

/** The seeded network the organiser runs and the member belongs to. */
export const OVRE_NORRLAND = { slug: "ovre-norrland", name: "Kosmopolit Övre Norrland" } as const;

export type Credentials = { name: string; email: string; password: string };

/** Short, unique per call even across parallel workers. */
export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function uniqueEmail(prefix = "e2e") {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 10)}@example.test`;
}

/** Fresh credentials; the name carries the suffix so the person is easy to find in lists. */
export function newCredentials(label = "Tester"): Credentials {
  const suffix = uniqueSuffix();
  return { name: `E2E ${label} ${suffix}`, email: uniqueEmail(), password: `correct horse ${suffix}` };
}

/** The header shows a "Sign out" button only to a signed-in visitor. */
export async function expectSignedIn(page: Page) {
  await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function expectSignedOut(page: Page) {
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveCount(0);
}

/** Fills the sign-in form (the caller has the page on /en/sign-in, possibly with a callbackUrl). */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Signs in through the form and waits until the header shows the signed-in state. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/en/sign-in");
  await submitSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.endsWith("/sign-in"));
  await expectSignedIn(page);
}

/** Fills the registration form (the caller has the page on /en/register). */
export async function fillRegisterForm(page: Page, credentials: Partial<Credentials>, { consent = true } = {}) {
  if (credentials.name !== undefined) await page.getByLabel("Full name").fill(credentials.name);
  if (credentials.email !== undefined) await page.getByLabel("Email").fill(credentials.email);
  if (credentials.password !== undefined) await page.getByLabel("Password", { exact: true }).fill(credentials.password);
  if (consent) await page.getByRole("checkbox", { name: /I have read and accept the privacy terms/ }).check();
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Registers a fresh account through the form; the new user is signed in afterwards. */
export async function registerUser(page: Page, label = "Tester"): Promise<Credentials> {
  const credentials = newCredentials(label);
  await page.goto("/en/register");
  await fillRegisterForm(page, credentials);
  await page.waitForURL((url) => !url.pathname.endsWith("/register"));
  await expectSignedIn(page);
  return credentials;
}

export async function signOut(page: Page) {
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expectSignedOut(page);
}

/** A second, independent browser session (its own cookies) for another person in the same test. */
export async function newSession(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { context, page };
}

/** Asks to join a network from its public page, as the signed-in user. */
export async function askToJoin(page: Page, slug: string, motivation: string) {
  await page.goto(`/en/networks/${slug}`);
  await page.getByLabel("Why do you want to join?").fill(motivation);
  await page.getByRole("button", { name: "Ask to join" }).click();
  await expectRequestPending(page);
}

/** The network page's membership card while a join request waits for an organiser. */
export async function expectRequestPending(page: Page) {
  const membership = page.getByRole("region", { name: "Membership" });
  await expect(membership.getByRole("status")).toHaveText(/^Your request to join, sent .+, is waiting for an organiser\.$/);
  await expect(membership.getByRole("button", { name: "Withdraw request" })).toBeVisible();
  await expect(membership.getByRole("button", { name: "Ask to join" })).toHaveCount(0);
}

/** Approves or declines one applicant's request in the organiser's queue and waits until it has left the queue. */
export async function decideRequest(page: Page, applicantName: string, decision: "Approve" | "Decline", message?: string) {
  const form = decisionFormFor(page, applicantName);
  if (message) await form.getByLabel("Message to the applicant (optional)").fill(message);
  await form.getByRole("button", { name: decision }).click();
  await expect(page.getByTestId("join-request").filter({ hasText: applicantName })).toHaveCount(0);
}

/** The decision form an organiser sees for one applicant in the join-request queue. */
export function decisionFormFor(page: Page, applicantName: string) {
  return page.getByRole("form", { name: `Decision on the request from ${applicantName}` });
}

/** Clicks a button that asks window.confirm first, accepting the prompt. */
export async function clickAndConfirm(page: Page, button: ReturnType<Page["getByRole"]>) {
  page.once("dialog", (dialog) => void dialog.accept());
  await button.click();
}
