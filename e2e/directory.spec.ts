import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, OVRE_NORRLAND, signIn } from "./helpers";

async function expectNoSeriousAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`), label).toEqual([]);
}

const filters = (page: Page) => page.getByRole("search", { name: "Filters" });
const resultCount = (page: Page) => page.getByRole("status").filter({ hasText: /members? found$/ });

test.describe("member directory", () => {
  test("a member filters by country and language, shares the URL and reaches the market page", async ({ page }) => {
    await signIn(page, DEMO.member);
    await page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: "Directory" }).click();
    await expect(page).toHaveURL(/\/en\/directory$/);
    await expect(page.getByRole("heading", { level: 1, name: "Member directory" })).toBeVisible();
    await expect(resultCount(page)).toHaveText(/^\d+ members found$/);

    await filters(page).getByLabel("Country known").selectOption({ label: "Vietnam" });
    await filters(page).getByLabel("Language", { exact: true }).selectOption({ label: "Vietnamese" });
    await filters(page).getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/en\/directory\?country=vn&language=vi$/);
    await expect(resultCount(page)).toHaveText(/^[1-9]\d* members? found$/);
    const total = await resultCount(page).textContent();

    // Every result knows Vietnam and speaks Vietnamese, and links to the member's profile.
    const results = page.getByTestId("directory-result");
    expect(await results.count()).toBeGreaterThan(0);
    for (const result of await results.all()) {
      await expect(result.getByRole("link", { name: "Vietnam" })).toHaveAttribute("href", "/en/markets/vn");
      await expect(result).toContainText(/Vietnamese \((native|fluent|professional|basic)\)/);
      await expect(result.getByRole("heading", { level: 3 }).getByRole("link")).toHaveAttribute("href", /^\/en\/members\/[\w-]+$/);
    }
    // Facet counts for the current filters: Vietnam counts everyone found.
    const countries = page.getByRole("region", { name: "Countries known" });
    await expect(countries.getByRole("link", { name: "Vietnam" })).toHaveAttribute("aria-current", "true");

    // A shared link (here: a reload) keeps every filter in the form and the same results.
    await page.reload();
    await expect(filters(page).getByLabel("Country known")).toHaveValue("vn");
    await expect(filters(page).getByLabel("Language", { exact: true })).toHaveValue("vi");
    await expect(resultCount(page)).toHaveText(total!);

    // Narrowing further, then following the link to the country's market page.
    await filters(page).getByLabel("Minimum level").selectOption({ label: "Native speakers" });
    await filters(page).getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/country=vn&language=vi&minLevel=native$/);
    await page.getByRole("link", { name: "Who knows Vietnam? See the market page" }).click();
    await expect(page).toHaveURL(/\/en\/markets\/vn$/);
    await expect(page.getByRole("heading", { level: 1, name: "Vietnam" })).toBeVisible();
  });

  test("free text tolerates a typo and an empty search says so", async ({ page }) => {
    await signIn(page, DEMO.member);
    await page.goto("/en/directory?q=Nguyn");
    await expect(resultCount(page)).toHaveText(/^[1-9]\d* members? found$/);
    await expect(page.getByTestId("directory-result").filter({ hasText: /Nguy/ }).first()).toBeVisible();

    await page.goto("/en/directory?q=qqxxzzqqxxzz");
    await expect(resultCount(page)).toHaveText("No members found");
    await expect(page.getByText("No members match these filters.")).toBeVisible();
  });

  test("a malformed link explains itself instead of failing", async ({ page }) => {
    await signIn(page, DEMO.member);
    await page.goto("/en/directory?country=XX&sort=name");
    const alert = page.getByRole("alert").filter({ hasText: "Some filters in this link are not valid: country, sort." });
    await expect(alert).toContainText("Use a two-letter ISO 3166-1 country code, e.g. VN.");
    await expect(alert).toContainText("This parameter is not supported.");
  });

  test("visitors are sent to sign in, and the API answers them 401", async ({ page, request }) => {
    await page.goto("/en/directory?country=vn");
    await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
    const response = await request.get("/api/v1/members?country=VN");
    expect(response.status()).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Please sign in first." } });
  });
});

test.describe("market pages", () => {
  test("a member sees who knows Vietnam, grouped by network and relation, own network first", async ({ page }) => {
    await signIn(page, DEMO.member);
    await page.goto("/en/markets/VN");
    await expect(page.getByRole("heading", { level: 1, name: "Vietnam" })).toBeVisible();
    await expect(page.getByTestId("market-count")).toHaveText(/^[1-9]\d* members? knows? this market$/);
    const networks = page.getByTestId("market-network");
    expect(await networks.count()).toBeGreaterThan(1);
    for (const network of await networks.all()) {
      await expect(network.getByRole("heading", { level: 2 })).toHaveText(/^Kosmopolit /);
      await expect(network.getByRole("heading", { level: 3 }).first()).toHaveText(/^(Born|Lived|Worked|Did business|Exports|Has contacts) there$/);
      await expect(network.getByTestId("market-member").first().getByRole("link")).toHaveAttribute("href", /^\/en\/members\/[\w-]+$/);
    }
    const first = networks.first();
    if ((await first.getByText("Your network").count()) > 0) await expect(first.getByRole("heading", { level: 2 })).toHaveText(OVRE_NORRLAND.name);
    // What members wrote about the market, and the coming trip there (Övre Norrland's, from the demo data).
    await expect(page.getByRole("heading", { name: "What members know about Vietnam" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Business trips" }).getByRole("link", { name: /Business trip to Vietnam/ })).toBeVisible();
    await page.getByRole("link", { name: "Search the directory for Vietnam" }).click();
    await expect(page).toHaveURL(/\/en\/directory\?country=vn$/);
  });

  test("visitors see only public profiles, and unknown countries are not found", async ({ page }) => {
    await page.goto("/en/markets/vn");
    await expect(page.getByRole("heading", { level: 1, name: "Vietnam" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Search the directory for Vietnam" })).toHaveCount(0);
    const response = await page.goto("/en/markets/xx");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });

  test("the market page in Arabic names the country in Arabic, right to left", async ({ page }) => {
    await page.goto("/ar/markets/sy");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1, name: "سوريا" })).toBeVisible();
  });
});

test.describe("accessibility of the directory and market pages", () => {
  for (const [label, path, signedIn] of [
    ["directory (member)", "/en/directory", true],
    ["directory with filters (member)", "/en/directory?country=vn&language=vi", true],
    ["directory in Arabic (member)", "/ar/directory?country=sy", true],
    ["market page (member)", "/en/markets/vn", true],
    ["market page (visitor)", "/en/markets/sy", false],
  ] as const) {
    test(label, async ({ page }) => {
      if (signedIn) await signIn(page, DEMO.member);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousAxeViolations(page, label);
    });
  }
});
