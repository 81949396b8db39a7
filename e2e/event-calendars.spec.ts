import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO, OVRE_NORRLAND, clickAndConfirm, signIn } from "./helpers";
import { MEMBER_NAME, SEEDED, mainNav, newOvreNorrlandMember, ovreNorrlandItem, unfold } from "./event-helpers";

// A member takes an event into their calendar as a file and as a subscribed feed.

test("a member downloads an event as an .ics file: the event in Stockholm time, nobody's name", async ({ page }) => {
  await signIn(page, DEMO.member);
  await mainNav(page).getByRole("link", { name: "Events" }).click();
  const item = ovreNorrlandItem(page, SEEDED.exportClub);
  await expect(item).toHaveCount(1);
  await item.getByRole("link", { name: SEEDED.exportClub }).click();
  await expect(page.getByRole("heading", { level: 1, name: SEEDED.exportClub })).toBeVisible();

  // Who is going, as a member sees them on the page: none of them may be in the file.
  const attendees = await page.getByRole("region", { name: "Who is coming" }).getByRole("link").allInnerTexts();
  expect(attendees.length).toBeGreaterThan(0);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Add to my calendar (.ics)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("event.ics");
  const ics = unfold(await readFile((await download.path())!, "utf8"));

  expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
  expect(ics).toContain(`SUMMARY:${SEEDED.exportClub}`);
  expect(ics).toMatch(/^DTSTART;TZID=Europe\/Stockholm:\d{8}T080000\r?$/m);
  expect(ics).toContain("BEGIN:VTIMEZONE");
  expect(ics).toContain("TZID:Europe/Stockholm");
  expect(ics).not.toMatch(/^ATTENDEE/m);
  for (const name of [...attendees, MEMBER_NAME]) expect(ics, `the .ics names ${name}`).not.toContain(name);
});

test("a member creates a calendar feed link, the feed works without a session, and a reset retires the old link", async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  // A new member of Övre Norrland, so the account starts without a feed link.
  await signIn(page, DEMO.organiser);
  const subscriber = await newOvreNorrlandMember(browser, page, "Subscriber");
  try {
    const me = subscriber.page;
    // The feeds page is linked from the events page (the account page has no link to it yet).
    await mainNav(me).getByRole("link", { name: "Events" }).click();
    await me.getByRole("main").getByRole("link", { name: "Calendar feeds" }).click();
    await expect(me.getByRole("heading", { level: 1, name: "Calendar feeds" })).toBeVisible();
    await expect(me.getByText("You have no feed link yet.")).toBeVisible();
    await me.getByRole("button", { name: "Create feed link" }).click();

    const links = me.getByRole("region", { name: "Your feed links" });
    const feedField = links.getByRole("textbox", { name: `Feed for ${OVRE_NORRLAND.name}` });
    await expect(feedField).toHaveValue(new RegExp(`/api/v1/networks/${OVRE_NORRLAND.slug}/calendar\\?token=[A-Za-z0-9_-]{20,}$`));
    const firstUrl = await feedField.inputValue();

    // A calendar app fetches it: no cookies, only the token in the link.
    const feed = await request.get(firstUrl);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
    const ics = unfold(await feed.text());
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    expect(ics).toContain(`SUMMARY:${SEEDED.vietnamTrip}`);
    expect(ics).not.toContain(subscriber.name);
    expect(ics).not.toMatch(/^ATTENDEE/m);

    // Resetting (after a confirmation) gives a new link; the old one stops working at once.
    await clickAndConfirm(me, me.getByRole("button", { name: "Reset feed link" }));
    await expect(feedField).not.toHaveValue(firstUrl);
    await expect(feedField).toHaveValue(new RegExp(`/api/v1/networks/${OVRE_NORRLAND.slug}/calendar\\?token=[A-Za-z0-9_-]{20,}$`));
    const secondUrl = await feedField.inputValue();
    expect((await request.get(firstUrl)).status()).toBe(404);
    const renewed = await request.get(secondUrl);
    expect(renewed.status()).toBe(200);
    expect(unfold(await renewed.text())).toContain(`SUMMARY:${SEEDED.vietnamTrip}`);
  } finally {
    await subscriber.close();
  }
});
