import { expect, test } from "@playwright/test";
import { registerUser } from "./helpers";

// Following a market puts news about it into the weekly digest (lib/notifications/digest.ts).
test("a member follows a market from its page, keeps following it after a reload, and stops", async ({ page }) => {
  await registerUser(page, "Follower");
  await page.goto("/en/markets/is");
  const main = page.getByRole("main");
  await main.getByRole("button", { name: "Follow this market" }).click();
  await expect(page.getByText("You follow this market now. News about it comes in your weekly digest.")).toBeVisible();
  const following = main.getByRole("button", { name: "Following – select to stop following Iceland" });
  await expect(following).toBeVisible();

  await page.reload();
  await expect(following).toBeVisible();
  await following.click();
  await expect(page.getByText("You no longer follow this market.")).toBeVisible();
  await expect(main.getByRole("button", { name: "Follow this market" })).toBeVisible();
});

test("a visitor is not offered to follow a market", async ({ page }) => {
  await page.goto("/en/markets/is");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Iceland");
  await expect(page.getByRole("button", { name: "Follow this market" })).toHaveCount(0);
});
