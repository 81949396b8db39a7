import { expect, test, type Page } from "@playwright/test";
import { DEMO, askToJoin, decideRequest, newSession, registerUser, signIn } from "./helpers";

// The reason members join, end to end: someone records what they know, a member of another
// network finds them through the market page and the directory, asks for an introduction,
// and the first member accepts. Iceland is a market no seeded person knows, so the new
// member is the one to find.
const KRONOBERG = "kronoberg";

async function fillLanguage(page: Page, number: number, language: string, level: string) {
  const row = page.getByRole("group", { name: `Language ${number}` });
  await row.getByLabel("Language", { exact: true }).selectOption({ label: language });
  await row.getByLabel("Level", { exact: true }).selectOption({ label: level });
}

async function fillCountry(page: Page, number: number, country: string, relation: string, area: string) {
  const row = page.getByRole("group", { name: `Country ${number}`, exact: true });
  await row.getByLabel("Country", { exact: true }).selectOption({ label: country });
  await row.getByRole("checkbox", { name: relation }).check();
  await row.getByRole("checkbox", { name: area, exact: true }).check();
}

test("a member of another network finds who knows Iceland, asks for an introduction, and it is accepted", async ({ page, browser }) => {
  test.setTimeout(150_000);

  // The knower joins Kronoberg; its facilitator runs the network while it is forming.
  const knower = await registerUser(page, "Knower");
  await askToJoin(page, KRONOBERG, "I was born in Reykjavík and trade seafood between Iceland and Småland.");
  const facilitator = await newSession(browser);
  try {
    await signIn(facilitator.page, DEMO.facilitator);
    await facilitator.page.goto(`/en/networks/${KRONOBERG}/manage`);
    await decideRequest(facilitator.page, knower.name, "Approve");
  } finally {
    await facilitator.context.close();
  }

  // Two languages and three countries, and open to introductions.
  await page.goto("/en/account/profile");
  await page.getByLabel("Headline").fill("Founder, Nordatlantic Seafood AB");
  await page.getByLabel("I am open to introductions").check();
  await fillLanguage(page, 1, "Icelandic", "Native");
  await page.getByRole("button", { name: "Add a language" }).click();
  await fillLanguage(page, 2, "English", "Fluent");
  await fillCountry(page, 1, "Iceland", "Born there", "Business culture");
  await page.getByRole("button", { name: "Add a country" }).click();
  await fillCountry(page, 2, "Norway", "Worked there", "Logistics");
  await page.getByRole("button", { name: "Add a country" }).click();
  await fillCountry(page, 3, "Faroe Islands", "Did business there", "Finance and payments");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Your profile is saved." })).toBeVisible();

  // A member of Övre Norrland looks for someone who knows Iceland.
  const seeker = await newSession(browser);
  try {
    await signIn(seeker.page, DEMO.member);
    await seeker.page.goto("/en/markets/is");
    await expect(seeker.page.getByRole("heading", { level: 1, name: "Iceland" })).toBeVisible();
    const onMarketPage = seeker.page.getByTestId("market-member").filter({ hasText: knower.name });
    await expect(onMarketPage).toBeVisible();
    await expect(seeker.page.getByTestId("market-network").filter({ has: onMarketPage }).getByRole("heading", { level: 2 })).toHaveText("Kosmopolit Kronoberg");

    // The same person through a filtered directory search.
    await seeker.page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Directory" }).click();
    const filters = seeker.page.getByRole("search", { name: "Filters" });
    await filters.getByLabel("Country known").selectOption({ label: "Iceland" });
    await filters.getByLabel("Language", { exact: true }).selectOption({ label: "Icelandic" });
    await filters.getByLabel("Only people open to introductions").check();
    await filters.getByRole("button", { name: "Search" }).click();
    await expect(seeker.page).toHaveURL(/country=is/);
    const result = seeker.page.getByTestId("directory-result").filter({ hasText: knower.name });
    await expect(result).toBeVisible();
    await result.getByRole("heading", { level: 3 }).getByRole("link").click();
    await expect(seeker.page.getByRole("heading", { level: 1, name: knower.name })).toBeVisible();

    // Ask for an introduction to Iceland.
    const panel = seeker.page.getByRole("region", { name: "Ask for an introduction" });
    await panel.getByLabel("Market").selectOption({ label: "Iceland" });
    await panel.getByLabel("Why are you asking?").fill("We want to sell Swedish timber houses in Iceland and need a first contact.");
    await panel.getByRole("button", { name: "Send request" }).click();
    await expect(seeker.page.getByText("Your request was sent. You will be told when they answer.")).toBeVisible();

    // The knower accepts.
    await page.goto("/en/introductions");
    const received = page.getByTestId("received-introduction").filter({ hasText: "Tomás Herrera" });
    await expect(received).toContainText("asks about Iceland");
    await page.getByRole("form", { name: "Answer to Tomás Herrera" }).getByRole("button", { name: "Accept" }).click();
    await expect(page.getByText("Accepted. They have been told.")).toBeVisible();

    // And the seeker is told.
    await seeker.page.goto("/en/notifications");
    await expect(seeker.page.getByTestId("notification").filter({ hasText: `${knower.name} accepted your request for an introduction to Iceland` })).toBeVisible();
  } finally {
    await seeker.context.close();
  }
});
