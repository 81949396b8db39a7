import { expect, test } from "@playwright/test";
import { DEMO, newSession, signIn } from "./helpers";
import { SEEDED, STOCKHOLM, mainNav, monthName, ovreNorrlandItem, stockholmDayOf, stockholmMonth, viewNav } from "./event-helpers";

// The month and past views, and what visitors see.

test("the month view shows the coming events in their days; the past view lists the last meeting", async ({ page }) => {
  await signIn(page, DEMO.member);
  await mainNav(page).getByRole("link", { name: "Events" }).click();
  await expect(viewNav(page).getByRole("link", { name: "Upcoming" })).toHaveAttribute("aria-current", "page");

  // Where the seeded events fall, read from the upcoming list.
  const seeded: { title: string; startsAt: Date; href: string }[] = [];
  for (const title of [SEEDED.exportClub, SEEDED.workshop]) {
    const item = ovreNorrlandItem(page, title);
    await expect(item).toHaveCount(1);
    const startsAt = new Date((await item.locator("time").getAttribute("datetime"))!);
    const href = (await item.getByRole("link", { name: title }).getAttribute("href"))!;
    seeded.push({ title, startsAt, href });
  }

  await viewNav(page).getByRole("link", { name: "Month" }).click();
  await expect(page).toHaveURL(/\/en\/events\?view=month$/);
  await expect(viewNav(page).getByRole("link", { name: "Month" })).toHaveAttribute("aria-current", "page");
  let shown = new Date();
  await expect(page.getByRole("table", { name: `Events in ${monthName(shown)}` })).toBeVisible();

  // 12 and 26 days ahead: each in this month or the next, which "Next month" shows.
  for (const event of seeded.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())) {
    if (stockholmMonth(event.startsAt) !== stockholmMonth(shown)) {
      await page.getByRole("navigation", { name: "Change month" }).getByRole("link", { name: /^Next month/ }).click();
      shown = event.startsAt;
    }
    const grid = page.getByRole("table", { name: `Events in ${monthName(event.startsAt)}` });
    await expect(grid).toBeVisible();
    const day = grid.getByRole("cell").filter({ has: page.locator(`time[datetime="${stockholmDayOf(event.startsAt)}"]`) });
    await expect(day).toHaveCount(1);
    const link = day.getByRole("link", { name: event.title }).and(page.locator(`[href="${event.href}"]`));
    await expect(link).toBeVisible();
    await expect(link).toContainText(new Intl.DateTimeFormat("en", { timeZone: STOCKHOLM, timeStyle: "short" }).format(event.startsAt));
  }

  await viewNav(page).getByRole("link", { name: "Past" }).click();
  await expect(page).toHaveURL(/\/en\/events\?when=past$/);
  const past = page.getByRole("region", { name: "Past events" });
  const meeting = ovreNorrlandItem(page, SEEDED.pastMeeting, past);
  await expect(meeting).toHaveCount(1);
  await expect(meeting).toContainText("Network meeting");
  await expect(meeting).toContainText("Business centre, Umeå");
  await expect(past).not.toContainText(SEEDED.exportClub);
});

test("a visitor sees the public events but not the network-only ones", async ({ page, browser }) => {
  // A member of Övre Norrland sees the trip and the workshop, both for the network only.
  const member = await newSession(browser);
  let tripHref = "";
  try {
    await signIn(member.page, DEMO.member);
    await member.page.goto("/en/events");
    const trip = ovreNorrlandItem(member.page, SEEDED.vietnamTrip);
    await expect(trip).toHaveCount(1);
    await expect(trip).not.toContainText("Public");
    await expect(ovreNorrlandItem(member.page, SEEDED.workshop)).toHaveCount(1);
    tripHref = (await trip.getByRole("link", { name: SEEDED.vietnamTrip }).getAttribute("href"))!;
  } finally {
    await member.context.close();
  }

  await page.goto("/en");
  await mainNav(page).getByRole("link", { name: "Events" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  await expect(page.getByText("Public events of the Kosmopolit networks. Sign in to see all events of your networks.")).toBeVisible();
  const exportClub = ovreNorrlandItem(page, SEEDED.exportClub);
  await expect(exportClub).toHaveCount(1);
  await expect(exportClub).toContainText("Public");
  const main = page.getByRole("main");
  await expect(main).not.toContainText(SEEDED.vietnamTrip);
  await expect(main).not.toContainText(SEEDED.workshop);
  // Every entry a visitor sees is public.
  const items = page.getByTestId("event-item");
  expect(await items.count()).toBeGreaterThan(0);
  await expect(items.filter({ hasNotText: "Public" })).toHaveCount(0);

  // A public event opens, with the way to sign in to answer.
  await exportClub.getByRole("link", { name: SEEDED.exportClub }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.exportClub })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to answer" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Who is coming" })).toHaveCount(0);

  // The trip's own address tells the visitor nothing.
  const response = await page.goto(tripHref);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Event not found" })).toBeVisible();
  await expect(main).not.toContainText(SEEDED.vietnamTrip);
});
