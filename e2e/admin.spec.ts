import { expect, test } from "@playwright/test";
import { DEMO, newSession, registerUser, signIn, signOut, uniqueSuffix } from "./helpers";

test("an admin appoints a new facilitator and creates a network for them", async ({ page, browser }) => {
  // The future facilitator registers first.
  const advisor = await newSession(browser);
  const person = await registerUser(advisor.page, "Advisor");
  await expect(advisor.page.getByRole("banner").getByRole("link", { name: "Start a network" })).toHaveCount(0);

  try {
    await signIn(page, DEMO.admin);
    await page.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();

    const organisation = `Almi Test ${uniqueSuffix()}`;
    const appoint = page.getByRole("region", { name: "Facilitators" });
    await appoint.getByLabel("Email of an existing account").fill(person.email);
    await appoint.getByLabel("Support organisation").fill(organisation);
    await appoint.getByRole("button", { name: "Appoint facilitator" }).click();
    await expect(page.getByRole("status").getByText("Facilitator appointed.")).toBeVisible();
    await expect(appoint.getByRole("listitem").filter({ hasText: person.email })).toContainText(organisation);

    // An email nobody registered is refused.
    await appoint.getByLabel("Email of an existing account").fill(`nobody-${uniqueSuffix()}@example.test`);
    await appoint.getByLabel("Support organisation").fill("Region Test");
    await appoint.getByRole("button", { name: "Appoint facilitator" }).click();
    await expect(appoint.getByText("No active account has that email.")).toBeVisible();

    // Create a network run by the new facilitator.
    const suffix = uniqueSuffix();
    const name = `Kosmopolit Admin ${suffix}`;
    const create = page.getByRole("region", { name: "Create a network" });
    await create.getByLabel("Name", { exact: true }).fill(name);
    await create.getByLabel("Region or county").fill("Gävleborgs län");
    await create.getByLabel("City").fill("Gävle");
    await create.getByLabel("Description").fill("A new regional network for international entrepreneurs in Gävleborg.");
    await create.getByLabel("Facilitator", { exact: true }).selectOption({ label: `${person.name} · ${organisation}` });
    await create.getByRole("button", { name: "Create network" }).click();

    await expect(page).toHaveURL(new RegExp(`/en/networks/kosmopolit-admin-${suffix}$`));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByRole("status").getByText("The network is created.")).toBeVisible();
    await expect(page.getByText("Forming", { exact: true })).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Network facts" })).toContainText(`${person.name} · ${organisation}`);

    // The new facilitator sees the network as theirs and may start others.
    await advisor.page.goto(`/en/networks/kosmopolit-admin-${suffix}`);
    await expect(advisor.page.getByText("You facilitate this network.")).toBeVisible();
    await expect(advisor.page.getByRole("banner").getByRole("link", { name: "Start a network" })).toBeVisible();
    await expect(advisor.page.getByRole("link", { name: "Manage network" })).toBeVisible();
  } finally {
    await advisor.context.close();
  }
});

test("people who are not admins see a 'Not available' notice on /en/admin", async ({ page }) => {
  await registerUser(page, "NotAdmin");
  await expect(page.getByRole("banner").getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  await page.goto("/en/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Not available" })).toBeVisible();
  await expect(page.getByText("Only administrators can do that.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Appoint facilitator" })).toHaveCount(0);

  // A facilitator is not an admin either.
  await signOut(page);
  await signIn(page, DEMO.facilitator);
  await page.goto("/en/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Not available" })).toBeVisible();
});

test("visitors who open /en/admin are sent to sign in", async ({ page }) => {
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fadmin/);
});
