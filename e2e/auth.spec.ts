import { expect, test, type Page } from "@playwright/test";
import {
  expectSignedIn,
  expectSignedOut,
  fillRegisterForm,
  newCredentials,
  newSession,
  registerUser,
  signIn,
  signOut,
  submitSignIn,
  uniqueEmail,
} from "./helpers";

const GENERIC_ERROR = "The email or password is not right.";

/** Tries to sign in; the attempt must fail without telling why. */
async function expectSignInRefused(page: Page, email: string, password: string) {
  await page.goto("/en/sign-in");
  await submitSignIn(page, email, password);
  await expect(page.getByRole("alert").filter({ hasText: GENERIC_ERROR })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/sign-in/);
  await expectSignedOut(page);
}

test.describe("signing in", () => {
  test("a wrong password and an unknown email get the same generic error", async ({ page, browser }) => {
    // A fresh account of our own, so that failed attempts never count against a shared one.
    const other = await newSession(browser);
    const account = await registerUser(other.page, "Signin");
    await other.context.close();

    await page.goto("/en/sign-in");
    await submitSignIn(page, account.email, `${account.password}-wrong`);
    const wrongPassword = page.getByRole("alert").filter({ hasText: GENERIC_ERROR });
    await expect(wrongPassword).toBeVisible();
    const wrongPasswordText = (await wrongPassword.textContent())?.trim();
    // The email is kept; the password is not echoed back.
    await expect(page.getByLabel("Email")).toHaveValue(account.email);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expectSignedOut(page);

    await page.goto("/en/sign-in");
    await submitSignIn(page, uniqueEmail("nobody"), account.password);
    const unknownEmail = page.getByRole("alert").filter({ hasText: GENERIC_ERROR });
    await expect(unknownEmail).toBeVisible();
    expect((await unknownEmail.textContent())?.trim()).toBe(wrongPasswordText);
    await expectSignedOut(page);

    // And the right password still works.
    await signIn(page, account.email, account.password);
  });

  test("signing out ends the session", async ({ page }) => {
    await registerUser(page, "Signout");
    await page.goto("/en/account");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await signOut(page);
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount/);
    await expectSignedOut(page);
  });

  test("signing in from a protected page returns there", async ({ page }) => {
    const account = await registerUser(page, "Return");
    await signOut(page);
    await page.goto("/en/notifications");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
    await submitSignIn(page, account.email, account.password);
    await expect(page).toHaveURL(/\/en\/notifications$/);
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  });
});

test.describe("registering", () => {
  test("a short password is refused with a field error and no account is created", async ({ page }) => {
    const credentials = { ...newCredentials("Short"), password: "short-pw" };
    await page.goto("/en/register");
    await fillRegisterForm(page, credentials);
    const password = page.getByLabel("Password", { exact: true });
    await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Please correct the marked fields.")).toBeVisible();
    await expect(page).toHaveURL(/\/en\/register$/);
    // What was typed (except the password) is kept.
    await expect(page.getByLabel("Full name")).toHaveValue(credentials.name);
    await expect(page.getByLabel("Email")).toHaveValue(credentials.email);
    await expectSignedOut(page);

    await expectSignInRefused(page, credentials.email, credentials.password);
  });

  test("registering without consent is refused and no account is created", async ({ page }) => {
    const credentials = newCredentials("NoConsent");
    await page.goto("/en/register");
    await fillRegisterForm(page, credentials, { consent: false });
    await expect(page.getByText("Please accept the privacy terms to create an account.")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /privacy terms/ })).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/en\/register$/);
    await expectSignedOut(page);

    await expectSignInRefused(page, credentials.email, credentials.password);

    // Nothing was stored: the same email can register now, with consent.
    await page.goto("/en/register");
    await fillRegisterForm(page, credentials);
    await page.waitForURL(/\/en$/);
    await expectSignedIn(page);
  });

  test("a malformed email is refused with a field error and no account is created", async ({ page }) => {
    const credentials = { ...newCredentials("BadEmail"), email: `not-an-email-${Date.now()}` };
    await page.goto("/en/register");
    await fillRegisterForm(page, credentials);
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/en\/register$/);
    await expectSignedOut(page);

    // Signing in with those details fails too (the malformed email is refused as such).
    await page.goto("/en/sign-in");
    await submitSignIn(page, credentials.email, credentials.password);
    await expect(page.getByText("Enter a valid email address.")).toBeVisible();
    await expect(page).toHaveURL(/\/en\/sign-in/);
    await expectSignedOut(page);
  });

  test("an email that is already registered is refused", async ({ page, browser }) => {
    const first = await newSession(browser);
    const taken = await registerUser(first.page, "Taken");
    await first.context.close();

    await page.goto("/en/register");
    await fillRegisterForm(page, { ...newCredentials("Second"), email: taken.email });
    await expect(page.getByText("An account with this email already exists.")).toBeVisible();
    await expectSignedOut(page);
  });
});

test("sign out everywhere ends the sessions in every browser", async ({ page, browser }) => {
  const account = await registerUser(page, "Everywhere");
  const second = await newSession(browser);
  try {
    await signIn(second.page, account.email, account.password);
    await second.page.goto("/en/account");
    await expect(second.page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

    await page.goto("/en/account");
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in\?signedOutEverywhere=1/);
    await expect(page.getByText("You are signed out on every device.")).toBeVisible();
    await expectSignedOut(page);

    // The other browser still holds its cookie, but the session is revoked on the server.
    await second.page.goto("/en/account");
    await expect(second.page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Faccount/);
    await expectSignedOut(second.page);

    // Signing in again works.
    await signIn(page, account.email, account.password);
  } finally {
    await second.context.close();
  }
});
