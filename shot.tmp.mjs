import { chromium } from "@playwright/test";
const [,, url, out, width = "1280"] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync"] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
if (process.env.LOGIN) {
  await page.goto("http://localhost:3000/en/sign-in");
  await page.getByLabel("Email").fill(process.env.LOGIN);
  await page.getByLabel("Password").fill("kosmopolit-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.includes("sign-in"), { timeout: 30000 });
}
page.on("console", (m) => { if (m.type() === "error") console.log("console:", m.text()); });
await page.goto(url, { waitUntil: "load" });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
