import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, OVRE_NORRLAND, signIn } from "./helpers";

const networkPath = (locale = "en") => `/${locale}/networks/${OVRE_NORRLAND.slug}`;

async function expectNoSeriousAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`), label).toEqual([]);
}

/** Country code → count, from the accessible table (link text is the country name, the href carries the code). */
async function tableCounts(table: Locator) {
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector("a")?.getAttribute("href") ?? "", Number((tr.querySelector("td")?.textContent ?? "").replace(/\D/g, ""))] as const),
  );
  return new Map(rows.map(([href, count]) => [href.split("/").pop()!.toUpperCase(), count]));
}

test.describe("world map of the countries a network's members know", () => {
  test("a member sees the map and the table of the same countries, each linking to its market page", async ({ page }) => {
    await signIn(page, DEMO.member);
    await page.goto(networkPath());
    const section = page.getByRole("region", { name: "Countries members know" });
    const map = section.getByTestId("world-map");
    await expect(map.locator("svg")).toBeVisible();

    // The table is the accessible equivalent; the picture is hidden from assistive technology.
    await expect(map).toHaveAttribute("aria-hidden", "true");
    const table = section.getByRole("table", { name: /^Members per country \(\d+ countries\)$/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole("columnheader")).toHaveText(["Country", "Members"]);
    const counts = await tableCounts(table);
    expect(counts.size).toBeGreaterThan(5);

    // Every shaded country is a link to its market page, named with its count, and appears in the table with that count.
    const links = await map.locator("a[data-country]").evaluateAll((anchors) =>
      anchors.map((anchor) => ({ code: anchor.getAttribute("data-country")!, href: anchor.getAttribute("href"), label: anchor.getAttribute("aria-label"), tabIndex: anchor.getAttribute("tabindex") })),
    );
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      expect(link.href).toBe(`/en/markets/${link.code.toLowerCase()}`);
      expect(counts.get(link.code), link.code).toBeGreaterThan(0);
      expect(link.label).toMatch(new RegExp(`^.+: ${counts.get(link.code)} members?$`));
      expect(link.tabIndex).toBe("-1");
    }
    // Countries of the table missing from the map are only those too small for a 1:110m map.
    const onMap = new Set(links.map((link) => link.code));
    expect([...counts.keys()].filter((code) => !onMap.has(code)).length).toBeLessThan(counts.size / 4);

    // Organiser Amira Haddad, born in Syria, is a member: Syria is on the map and in the table.
    const syria = table.getByRole("link", { name: "Syria" });
    await expect(syria).toHaveAttribute("href", "/en/markets/sy");
    await expect(map.locator('a[data-country="SY"]')).toHaveAttribute("aria-label", /^Syria: \d+ members?$/);

    // Each market page is reached by keyboard exactly once: through the table.
    const tabbable = await page.locator('a[href="/en/markets/sy"]').evaluateAll((anchors) => anchors.filter((anchor) => (anchor as HTMLElement).tabIndex >= 0).length);
    expect(tabbable).toBe(1);
    await syria.focus();
    await expect(syria).toBeFocused();

    // A click on the map opens the market page.
    await map.locator('a[data-country="SY"]').click();
    await expect(page).toHaveURL(/\/en\/markets\/sy$/);
    await expect(page.getByRole("heading", { level: 1, name: "Syria" })).toBeVisible();
  });

  test("a visitor sees no more than a member: counts respect the profiles' visibility", async ({ page, browser }) => {
    await page.goto(networkPath());
    const section = page.getByRole("region", { name: "Countries members know" });
    await expect(section.getByTestId("world-map").locator("svg")).toBeVisible();
    const visitorTable = section.getByRole("table");
    const visitor = (await visitorTable.count()) ? await tableCounts(visitorTable) : new Map<string, number>();
    if (visitor.size === 0) await expect(section.getByText("Sign in to see them.", { exact: false })).toBeVisible();

    const context = await browser.newContext();
    try {
      const memberPage = await context.newPage();
      await signIn(memberPage, DEMO.member);
      await memberPage.goto(networkPath());
      const member = await tableCounts(memberPage.getByRole("region", { name: "Countries members know" }).getByRole("table"));
      for (const [code, count] of visitor) expect(count, code).toBeLessThanOrEqual(member.get(code) ?? 0);
      expect([...member.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan([...visitor.values()].reduce((a, b) => a + b, 0));
    } finally {
      await context.close();
    }
  });

  test("in Arabic the table reads right to left while the map keeps the world's orientation", async ({ page }) => {
    await signIn(page, DEMO.member);
    await page.goto(networkPath("ar"));
    const section = page.getByRole("region", { name: "البلدان التي يعرفها الأعضاء" });
    const table = section.getByRole("table");
    const countryHeader = await table.getByRole("columnheader", { name: "البلد" }).boundingBox();
    const countHeader = await table.getByRole("columnheader", { name: "الأعضاء" }).boundingBox();
    expect(countryHeader!.x).toBeGreaterThan(countHeader!.x);
    await expect(table.getByRole("link", { name: "سوريا" })).toHaveAttribute("href", "/ar/markets/sy");
    // Chile (west) stays left of Syria (east) on the map.
    const map = section.getByTestId("world-map");
    const chile = await map.locator('a[data-country="CL"]').boundingBox();
    const syria = await map.locator('a[data-country="SY"]').boundingBox();
    expect(chile!.x).toBeLessThan(syria!.x);
  });

  test("the network page with its map has no serious accessibility violations (member, visitor, Arabic)", async ({ page }) => {
    await page.goto(networkPath());
    await expectNoSeriousAxeViolations(page, "network page, visitor");
    await signIn(page, DEMO.member);
    await page.goto(networkPath());
    await expect(page.getByTestId("world-map-table")).toBeVisible();
    await expectNoSeriousAxeViolations(page, "network page, member");
    await page.goto(networkPath("ar"));
    await expect(page.getByTestId("world-map-table")).toBeVisible();
    await expectNoSeriousAxeViolations(page, "network page, member, Arabic");
  });
});
