import { expect, test } from "@playwright/test";
import {
  DEMO,
  OVRE_NORRLAND,
  askToJoin,
  decideRequest,
  expectSignedIn,
  fillRegisterForm,
  newCredentials,
  newSession,
  registerUser,
  signIn,
  uniqueSuffix,
} from "./helpers";

test("a facilitator starts a network, runs its start-up meetings and hands it over", async ({ page, browser }) => {
  test.slow(); // three people, a dozen round trips

  await signIn(page, DEMO.facilitator);
  await page.getByRole("banner").getByRole("link", { name: "Start a network" }).click();
  await expect(page).toHaveURL(/\/en\/networks\/new$/);
  await expect(page.getByRole("heading", { level: 1, name: "Start a network" })).toBeVisible();

  const suffix = uniqueSuffix();
  const name = `Kosmopolit Test ${suffix}`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Region or county").fill("Jönköpings län");
  await page.getByLabel("City").fill("Jönköping");
  await page.getByLabel("Description").fill("Entrepreneurs born abroad in Jönköping who want to grow through export.");
  await page.getByLabel("Languages at meetings").fill("sv, en, ar");
  await page.getByRole("button", { name: "Create network" }).click();

  const slug = `kosmopolit-test-${suffix}`;
  await expect(page).toHaveURL(new RegExp(`/en/networks/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Forming", { exact: true })).toBeVisible();
  await expect(page.getByTestId("startup-progress")).toContainText("0 of 3 start-up meetings held");
  await expect(page.getByTestId("member-count")).toHaveText("0 member firms");
  await expect(page.getByText("You facilitate this network.")).toBeVisible();
  await expect(page.getByText(/Swedish, English, Arabic/)).toBeVisible();

  await page.getByRole("link", { name: "Manage network" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/networks/${slug}/manage$`));
  const counter = page.getByTestId("startup-count");
  await expect(counter).toHaveText("0 of 3 start-up meetings held");
  for (const number of [1, 2, 3]) {
    await expect(page.getByLabel(`Date of start-up meeting ${number}`)).toBeVisible();
    await page.getByLabel("Notes (optional)").fill(`Start-up meeting ${number}: introductions and markets.`);
    await page.getByRole("button", { name: "Record meeting as held" }).click();
    await expect(counter).toHaveText(`${number} of 3 start-up meetings held`);
  }
  await expect(page.getByRole("button", { name: "Record meeting as held" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Hand the network over" })).toBeVisible();
  await expect(page.getByText("No members yet: approve join requests or send invitations first.")).toBeVisible();

  // A fresh entrepreneur asks to join the new network.
  const applicant = await newSession(browser);
  try {
    const person = await registerUser(applicant.page, "Founder");
    await applicant.page.goto("/en/networks");
    await applicant.page.getByRole("link", { name: new RegExp(name) }).click();
    await expect(applicant.page).toHaveURL(new RegExp(`/en/networks/${slug}$`));
    await expect(applicant.page.getByTestId("startup-progress")).toContainText("3 of 3 start-up meetings held");
    await askToJoin(applicant.page, slug, "I export furniture to Iraq and speak Arabic and Kurdish.");

    await page.reload();
    await decideRequest(page, person.name, "Approve");

    // Hand-over: choose the new member as organiser.
    await page.reload();
    await page.getByRole("group", { name: "New organisers" }).getByRole("checkbox", { name: person.name }).check();
    await page.getByRole("button", { name: "Hand over and activate" }).click();
    // Once active, the start-up card (and the hand-over form with it) leaves the manage page.
    await expect(page.getByRole("heading", { name: "Hand the network over" })).toHaveCount(0);

    await page.goto(`/en/networks/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("Forming", { exact: true })).toHaveCount(0);
    await expect(page.getByTestId("startup-progress")).toHaveCount(0);
    await expect(page.getByRole("complementary", { name: "Network facts" }).getByRole("listitem").filter({ hasText: person.name })).toBeVisible();

    // The new organiser manages the network now.
    await applicant.page.reload();
    await expect(applicant.page.getByText("You are a member of this network.")).toBeVisible();
    await expect(applicant.page.getByText("Organiser", { exact: true })).toBeVisible();
    await applicant.page.getByRole("link", { name: "Manage network" }).click();
    await expect(applicant.page.getByRole("heading", { level: 1, name: "Manage network" })).toBeVisible();
    await expect(applicant.page.getByRole("heading", { name: "Join requests" })).toBeVisible();

    await applicant.page.goto("/en/notifications");
    await expect(applicant.page.getByTestId("notification").filter({ hasText: `${name} has been handed over to you and its other organisers` })).toBeVisible();
  } finally {
    await applicant.context.close();
  }

  // The list of networks no longer shows it as forming.
  await page.goto("/en/networks");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
  await expect(card).toBeVisible();
  await expect(card.getByText("Forming")).toHaveCount(0);
});

test("an organiser's invitation link lets a new person register and join directly", async ({ page, browser }) => {
  await signIn(page, DEMO.organiser);
  await page.goto(`/en/networks/${OVRE_NORRLAND.slug}/manage`);
  await expect(page.getByRole("heading", { name: "Invitation links" })).toBeVisible();
  await page.getByLabel("Valid for (days)").fill("7");
  await page.getByLabel("Maximum uses").fill("1");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByText("Invitation link created.")).toBeVisible();
  const linkField = page.getByRole("textbox", { name: "Invitation link" });
  await expect(linkField).toHaveValue(/\/en\/invite\/[A-Za-z0-9_-]{20,64}$/);
  const link = await linkField.inputValue();
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);

  const guest = await newSession(browser);
  try {
    await guest.page.goto(link);
    await expect(guest.page.getByRole("heading", { level: 1, name: `You are invited to ${OVRE_NORRLAND.name}` })).toBeVisible();
    await guest.page.getByRole("link", { name: "Create an account to join" }).click();
    await expect(guest.page).toHaveURL(/\/en\/register\?callbackUrl=/);
    const person = newCredentials("Invited");
    await fillRegisterForm(guest.page, person);
    // Registration returns to the invitation, now signed in.
    await expect(guest.page).toHaveURL(new URL(link).pathname);
    await expectSignedIn(guest.page);
    await guest.page.getByRole("button", { name: "Join the network" }).click();
    await expect(guest.page).toHaveURL(new RegExp(`/en/networks/${OVRE_NORRLAND.slug}$`));
    await expect(guest.page.getByText("You are a member of this network.")).toBeVisible();

    // The link was for one use only: it is used up now.
    const late = await newSession(browser);
    try {
      await late.page.goto(link);
      await expect(late.page.getByText("This invitation has expired or has been used up. Ask the organiser for a new one.")).toBeVisible();
    } finally {
      await late.context.close();
    }

    await page.reload();
    await expect(page.getByRole("table", { name: "Invitation links" }).getByRole("row").filter({ hasText: "1 / 1" }).first()).toBeVisible();
  } finally {
    await guest.context.close();
  }
});
