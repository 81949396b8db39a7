import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO, OVRE_NORRLAND, askToJoin, decideRequest, newSession, registerUser, signIn } from "./helpers";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Serious and critical axe violations fail the test (as in accessibility.spec.ts). */
async function expectNoSeriousViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  const describe = serious.map((violation) => `[${violation.impact}] ${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `    - ${node.target.join(" ")}`).join("\n")}`).join("\n");
  expect(serious, `serious or critical axe violations on ${label}:\n${describe}\n`).toEqual([]);
}

const flash = (page: Page, text: string) => expect(page.getByRole("main").getByRole("status").filter({ hasText: text })).toBeVisible();
const region = (page: Page, name: string | RegExp) => page.getByRole("region", { name });

async function fillLanguage(page: Page, number: number, language: string, level: string) {
  const row = page.getByRole("group", { name: `Language ${number}` });
  await row.getByLabel("Language", { exact: true }).selectOption({ label: language });
  await row.getByLabel("Level", { exact: true }).selectOption({ label: level });
}

async function fillCountry(page: Page, number: number, entry: { country: string; relations: string[]; areas: string[]; years?: string; note?: string }) {
  const row = page.getByRole("group", { name: `Country ${number}`, exact: true });
  await row.getByLabel("Country", { exact: true }).selectOption({ label: entry.country });
  for (const relation of entry.relations) await row.getByRole("checkbox", { name: relation }).check();
  for (const area of entry.areas) await row.getByRole("checkbox", { name: area, exact: true }).check();
  if (entry.years) await row.getByLabel("Years of experience with this country (optional)").fill(entry.years);
  if (entry.note) await row.getByLabel("Note (optional)").fill(entry.note);
}

const setVisibility = (page: Page, section: string, who: string) => region(page, section).getByLabel("Who may see this section").selectOption({ label: who });

test.describe("profiles and companies", () => {
  test("a new member fills in a profile and a company; others see only what its visibility allows", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const person = await registerUser(page, "Profile");
    await askToJoin(page, OVRE_NORRLAND.slug, "I export software to Latin America and would like to meet peers here.");
    const organiser = await newSession(browser);
    await signIn(organiser.page, DEMO.organiser);
    await organiser.page.goto(`/en/networks/${OVRE_NORRLAND.slug}/manage`);
    await decideRequest(organiser.page, person.name, "Approve");

    // The profile editor, reached from the account page.
    await page.goto("/en/account");
    await page.getByRole("link", { name: "Edit your profile" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your profile" })).toBeVisible();
    await page.getByLabel("Headline").fill("Founder, Andes Digital AB");
    await page.getByLabel("Short presentation").fill("Born in Valparaíso; in Sweden since 2015.");
    await page.getByLabel("City").fill("Umeå");
    await page.getByLabel("Country of birth").selectOption({ label: "Chile" });
    await page.getByLabel("I am open to introductions").check();

    await fillLanguage(page, 1, "Spanish", "Native");
    await page.getByRole("button", { name: "Add a language" }).click();
    await fillLanguage(page, 2, "Swedish", "Professional");

    await fillCountry(page, 1, { country: "Chile", relations: ["Born there", "Lived there"], areas: ["Business culture", "Politics and regulation"], years: "27" });
    await page.getByRole("button", { name: "Add a country" }).click();
    await fillCountry(page, 2, { country: "Germany", relations: ["Did business there", "Exports there"], areas: ["Logistics"], note: "Knows how B2B tenders work in Germany" });
    await page.getByRole("button", { name: "Add a country" }).click();
    await fillCountry(page, 3, { country: "Argentina", relations: ["Worked there"], areas: ["Finance and payments"] });
    // A spare row added by mistake and removed again.
    await page.getByRole("button", { name: "Add a country" }).click();
    await page.getByRole("button", { name: "Remove country 4" }).click();

    await setVisibility(page, "About you", "Public");
    await setVisibility(page, "Languages", "All members");
    await setVisibility(page, "Countries you know", "My networks");
    await setVisibility(page, "Company", "My networks");
    await page.getByRole("button", { name: "Save profile" }).click();
    await flash(page, "Your profile is saved.");

    // A photo, made here as a real PNG.
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: "#175b5f" } }).png().toBuffer();
    await page.getByLabel("Choose a photo").setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png });
    await page.getByRole("button", { name: "Upload photo" }).click();
    await flash(page, "Your photo is saved.");
    await expect(region(page, "Photo").getByRole("img", { name: person.name })).toHaveAttribute("src", /\/api\/v1\/members\/.+\/photo\?v=\d+/);

    // What was saved is shown again after a reload.
    await page.reload();
    await expect(page.getByLabel("Headline")).toHaveValue("Founder, Andes Digital AB");
    await expect(page.getByTestId("language-row")).toHaveCount(3); // two languages and a spare row
    await expect(page.getByTestId("country-row")).toHaveCount(4); // three countries and a spare row
    await expect(region(page, "Countries you know").getByLabel("Who may see this section")).toHaveValue("NETWORK");

    // The company editor.
    await page.getByRole("link", { name: "Edit your company" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Your company" })).toBeVisible();
    await page.getByLabel("Company name").fill("Andes Digital AB");
    await page.getByLabel("Organisation number").fill("556016-0680");
    await page.getByLabel("Sector (SNI 2007)").selectOption({ label: "J – Information and communication" });
    await page.getByLabel("Size").selectOption({ label: "2–9 employees" });
    await page.getByLabel("Website (optional)").fill("https://andes.example.se");
    await page.getByRole("radio", { name: "Yes" }).check();
    await page.getByLabel("Filter the countries").fill("chi");
    await page.getByRole("checkbox", { name: "Chile" }).check();
    await page.getByLabel("Filter the countries").fill("Spain");
    await page.getByRole("checkbox", { name: "Spain" }).check();
    await expect(page.getByText("2 chosen")).toBeVisible();
    await page.getByRole("button", { name: "Save company" }).click();
    await flash(page, "Your company is saved.");

    // Their own profile page shows everything, with who may see each section.
    await page.goto("/en/account/profile");
    await page.getByRole("link", { name: "See your profile as others see it" }).click();
    await expect(page).toHaveURL(/\/en\/members\/[^/]+$/);
    const profileUrl = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
    await expect(page.getByRole("img", { name: person.name })).toBeVisible();
    await expect(page.getByText("Founder, Andes Digital AB")).toBeVisible();
    await expect(page.getByText("Born in Chile")).toBeVisible();
    await expect(page.getByText("Open to introductions", { exact: true })).toBeVisible();
    await expect(page.getByTestId("visibility-countries")).toHaveText("Visible to: My networks");
    await expect(page.getByTestId("language")).toHaveText(["SpanishNative", "SwedishProfessional"]);
    const countries = page.getByTestId("country-knowledge");
    await expect(countries).toHaveCount(3);
    await expect(countries.filter({ hasText: "Chile" })).toContainText("27 years");
    await expect(countries.filter({ hasText: "Germany" })).toContainText("Exports there");
    await expect(countries.filter({ hasText: "Germany" })).toContainText("Knows how B2B tenders work in Germany");
    await expect(page.getByTestId("company-name")).toHaveText("Andes Digital AB");
    await expect(page.getByText("Chile, Spain")).toBeVisible();

    // A member of the same network sees every section.
    await organiser.page.goto(profileUrl);
    await expect(organiser.page.getByRole("heading", { level: 2, name: "Countries known" })).toBeVisible();
    await expect(organiser.page.getByTestId("company-name")).toHaveText("Andes Digital AB");
    await expect(organiser.page.getByTestId("visibility-about")).toHaveCount(0);
    await organiser.context.close();

    // The facilitator of another network is a member, but shares no network with them.
    const facilitator = await newSession(browser);
    await signIn(facilitator.page, DEMO.facilitator);
    await facilitator.page.goto(profileUrl);
    await expect(facilitator.page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
    await expect(facilitator.page.getByRole("heading", { level: 2, name: "Languages" })).toBeVisible();
    await expect(facilitator.page.getByRole("heading", { name: "Countries known", exact: true })).toHaveCount(0);
    await expect(facilitator.page.getByRole("heading", { name: "Company", exact: true })).toHaveCount(0);
    await expect(facilitator.page.getByText("Germany")).toHaveCount(0);
    await facilitator.context.close();

    // A visitor sees the public about section and the photo only.
    const visitor = await newSession(browser);
    await visitor.page.goto(profileUrl);
    await expect(visitor.page.getByText("Founder, Andes Digital AB")).toBeVisible();
    await expect(visitor.page.getByRole("img", { name: person.name })).toBeVisible();
    await expect(visitor.page.getByRole("heading", { name: "Languages", exact: true })).toHaveCount(0);
    await expect(visitor.page.getByText("Spanish")).toHaveCount(0);
    const photo = await visitor.page.request.get(`/api/v1${profileUrl.replace(/^\/en/, "")}/photo`);
    expect(photo.status()).toBe(200);
    expect(photo.headers()["content-type"]).toBe("image/webp");
    expect(photo.headers()["cache-control"]).toBe("private, max-age=300");
    await visitor.context.close();
  });

  test("bad input is refused with field errors and nothing is stored", async ({ page }) => {
    await registerUser(page, "Refused");
    await page.goto("/en/account/profile");
    await page.getByLabel("Headline").fill("<script>alert('x')</script>");
    await fillLanguage(page, 1, "Swedish", "Native");
    await page.getByRole("button", { name: "Add a language" }).click();
    await fillLanguage(page, 2, "Swedish", "Basic");
    await page.getByRole("group", { name: "Country 1", exact: true }).getByLabel("Country", { exact: true }).selectOption({ label: "Germany" });
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Please correct the marked fields.")).toBeVisible();
    await expect(page.getByText("Please do not use the characters < and >.")).toBeVisible();
    await expect(page.getByRole("group", { name: "Language 2" }).getByText("This language is already on your list.")).toBeVisible();
    await expect(page.getByRole("group", { name: "Country 1", exact: true }).getByText("Tick at least one way you know this country.")).toBeVisible();
    // What was typed is kept for correcting.
    await expect(page.getByLabel("Headline")).toHaveValue("<script>alert('x')</script>");
    await expect(page.getByRole("group", { name: "Language 2" }).getByLabel("Level", { exact: true })).toHaveValue("BASIC");
    await expectNoSeriousViolations(page, "profile editor with errors");
    await page.reload();
    await expect(page.getByLabel("Headline")).toHaveValue("");
    await expect(page.getByTestId("language-row")).toHaveCount(1);

    // A file that is not an image, whatever its name, and one that is too large.
    await page.getByLabel("Choose a photo").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not really a picture") });
    await page.getByRole("button", { name: "Upload photo" }).click();
    await expect(page.getByText("This file is not a JPEG, PNG or WebP image.")).toBeVisible();
    await page.getByLabel("Choose a photo").setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(5 * 1024 * 1024 + 10) });
    await expect(page.getByText("The photo is larger than 5 MB.")).toBeVisible();
    await expect(region(page, "Photo").getByText("No photo yet: others see your initials.")).toBeVisible();

    await page.goto("/en/account/company");
    await page.getByLabel("Company name").fill("Refused AB");
    await page.getByLabel("Organisation number").fill("556016-0681");
    await page.getByLabel("Website (optional)").fill("http://refused.example.se");
    await page.getByRole("button", { name: "Save company" }).click();
    await expect(page.getByText("Enter a valid organisation number as NNNNNN-NNNN.")).toBeVisible();
    await expect(page.getByText("Enter an https address, for example https://example.se.")).toBeVisible();
    await expect(page.getByText("Choose a sector.")).toBeVisible();
    await expect(page.getByLabel("Company name")).toHaveValue("Refused AB");
    await expectNoSeriousViolations(page, "company editor with errors");
    await page.reload();
    await expect(page.getByLabel("Company name")).toHaveValue("");
  });

  test("a hidden profile is a 404 for a visitor", async ({ page }) => {
    // The member demo account keeps every section for members only.
    await signIn(page, DEMO.member);
    await page.goto("/en/account");
    await page.getByRole("link", { name: "View your profile" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tomás Herrera" })).toBeVisible();
    const profileUrl = new URL(page.url()).pathname;
    const visitor = await page.context().browser()!.newContext();
    const response = await (await visitor.newPage()).goto(profileUrl);
    expect(response?.status()).toBe(404);
    await visitor.close();
  });

  test.describe("accessibility (axe, WCAG 2.1 A and AA)", () => {
    for (const [label, path, heading] of [
      ["profile editor", "/en/account/profile", "Your profile"],
      ["company editor", "/en/account/company", "Your company"],
      ["profile editor in Arabic", "/ar/account/profile", "ملفك الشخصي"],
    ] as const) {
      test(`${label} (member)`, async ({ page }) => {
        await signIn(page, DEMO.member);
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
        await expectNoSeriousViolations(page, label);
      });
    }

    test("profile pages (own and another member's)", async ({ page }) => {
      await signIn(page, DEMO.member);
      await page.goto("/en/account");
      await page.getByRole("link", { name: "View your profile" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Tomás Herrera" })).toBeVisible();
      await expectNoSeriousViolations(page, "own profile page");
      const organiserId = "demo-user-0003"; // the organiser demo account (see prisma/seed/accounts.ts)
      await page.goto(`/en/members/${organiserId}`);
      await expect(page.getByRole("heading", { level: 1, name: "Amira Haddad" })).toBeVisible();
      await expectNoSeriousViolations(page, "another member's profile page");
    });
  });
});
