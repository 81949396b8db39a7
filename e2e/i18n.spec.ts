import { expect, test, type Page } from "@playwright/test";
import { OVRE_NORRLAND } from "./helpers";

/** The language switcher is a small navigation named "Language" in the current language. */
const switcher = (page: Page, label: string) => page.getByRole("banner").getByRole("navigation", { name: label });

/** The home link with the "K" logo, at the start of the header. */
const logo = (page: Page) => page.getByRole("banner").getByRole("link", { name: "Kosmopolit", exact: true });

test("switching to Swedish keeps the page and translates it", async ({ page }) => {
  await page.goto("/en/networks");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(switcher(page, "Language").getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");

  await switcher(page, "Language").getByRole("link", { name: "Svenska" }).click();
  await expect(page).toHaveURL(/\/sv\/networks$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1, name: "Regionala nätverk" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Logga in" })).toBeVisible();
  await expect(switcher(page, "Språk").getByRole("link", { name: "Svenska" })).toHaveAttribute("aria-current", "true");

  // Links within the Swedish site stay Swedish.
  await page.getByRole("link", { name: new RegExp(OVRE_NORRLAND.name) }).click();
  await expect(page).toHaveURL(new RegExp(`/sv/networks/${OVRE_NORRLAND.slug}$`));
  await expect(page.getByRole("heading", { name: "Om nätverket" })).toBeVisible();

  await switcher(page, "Språk").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/networks/${OVRE_NORRLAND.slug}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "About the network" })).toBeVisible();
});

test("switching to Arabic turns the layout right-to-left", async ({ page }) => {
  await page.goto("/en");
  const viewport = page.viewportSize();
  if (!viewport) throw new Error("the project sets a viewport");
  const ltrLogo = await logo(page).boundingBox();
  const ltrSwitcher = await switcher(page, "Language").boundingBox();
  if (!ltrLogo || !ltrSwitcher) throw new Error("header not laid out");
  expect(ltrLogo.x + ltrLogo.width).toBeLessThan(viewport.width / 2);
  expect(ltrSwitcher.x).toBeGreaterThan(viewport.width / 2);

  await switcher(page, "Language").getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "اعثر على الزميل الذي يعرف سوقك التالية" })).toBeVisible();
  await expect(switcher(page, "اللغة").getByRole("link", { name: "العربية" })).toHaveAttribute("aria-current", "true");

  // Mirrored: the logo moves to the right edge, the switcher to the left.
  const rtlLogo = await logo(page).boundingBox();
  const rtlSwitcher = await switcher(page, "اللغة").boundingBox();
  if (!rtlLogo || !rtlSwitcher) throw new Error("header not laid out");
  expect(rtlLogo.x).toBeGreaterThan(viewport.width / 2);
  expect(rtlSwitcher.x + rtlSwitcher.width).toBeLessThan(viewport.width / 2);
  // The logo keeps its distance from its edge: mirrored, not merely moved.
  const ltrInset = ltrLogo.x;
  const rtlInset = viewport.width - (rtlLogo.x + rtlLogo.width);
  expect(Math.abs(rtlInset - ltrInset)).toBeLessThanOrEqual(2);

  // Text in the main column starts at the right too.
  await page.goto(`/ar/networks/${OVRE_NORRLAND.slug}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(OVRE_NORRLAND.name);
  expect(await heading.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  const main = await page.locator("main").boundingBox();
  const headingBox = await heading.boundingBox();
  if (!main || !headingBox) throw new Error("page not laid out");
  expect(headingBox.x + headingBox.width).toBeGreaterThan(main.x + main.width / 2);
});
