import { expect, test } from "@playwright/test";
import { DEMO, OVRE_NORRLAND, newSession, signIn, uniqueSuffix } from "./helpers";
import { MEMBER_NAME, bell, confirmPlace, mainNav, newOvreNorrlandMember, rsvpPanel, stockholmDay, unreadCount } from "./event-helpers";

// An organiser plans a business trip to Vietnam with two places; three members confirm and the
// third waits until a place frees up. Calendars and the list views are in event-calendars and
// event-views specs.

test("an organiser plans a business trip with two places; the third to confirm waits and gets the place when one is given up", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const unique = uniqueSuffix();
  const title = `Trade mission to Vietnam ${unique}`;
  const activity = `Meetings with Da Nang seafood importers ${unique}`;
  const startDay = stockholmDay(42);
  const endDay = stockholmDay(47);
  const deadlineDay = stockholmDay(28);

  const sessions: { close: () => Promise<void> }[] = [];
  try {
    // The organiser (this page) approves two newcomers to Övre Norrland.
    await signIn(page, DEMO.organiser);
    const second = await newOvreNorrlandMember(browser, page, "Traveller");
    sessions.push(second);
    const third = await newOvreNorrlandMember(browser, page, "Latecomer");
    sessions.push(third);
    const member = await newSession(browser);
    sessions.push(member.context);

    // The trip editor: a business trip from the start, with the default checklist. (Neither the
    // network page nor the events list links to the editor yet, so the organiser goes by address.)
    await page.goto(`/en/networks/${OVRE_NORRLAND.slug}/events/new?kind=BUSINESS_TRIP`);
    await expect(page.getByRole("heading", { level: 1, name: "Plan a business trip" })).toBeVisible();
    await expect(page.getByLabel("Kind of event")).toHaveValue("BUSINESS_TRIP");
    const tripFields = page.getByRole("group", { name: "Business trip", exact: true });
    await expect(tripFields).toBeVisible();

    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByLabel("Description").fill("A week of **matched meetings** in central Vietnam for food and wood firms.");
    await expect(page.getByRole("region", { name: "Preview" }).locator("strong")).toHaveText("matched meetings");
    await page.getByLabel("Starts (Stockholm time)").fill(`${startDay}T07:00`);
    await page.getByLabel("Ends (Stockholm time)").fill(`${endDay}T20:00`);
    // The event's own place (the itinerary rows, added below, have a "Place" of their own).
    await page.getByLabel("Place", { exact: true }).fill("Hanoi and Da Nang, Vietnam");
    await page.getByLabel("Places", { exact: true }).fill("2");
    await page.getByLabel("Commitment deadline (Stockholm time)").fill(`${deadlineDay}T12:00`);
    const visibleToNetwork = page.getByRole("radio", { name: /^The network/ });
    await visibleToNetwork.check();
    await expect(visibleToNetwork).toBeChecked();

    // The destination brings suggestions: members of the network who know Vietnam.
    await tripFields.getByLabel("Destination country").selectOption({ label: "Vietnam" });
    await expect(page.getByText("Suggestions for Vietnam updated.")).toBeAttached();
    await tripFields.getByLabel("Cities").fill("Hanoi, Da Nang");
    await tripFields.getByLabel("Cost per person (SEK)").fill("31500");
    const leaders = tripFields.getByRole("group", { name: "Trip leaders" });
    await expect(leaders).toContainText("Members of the network who know Vietnam.");
    const firstSuggestion = leaders.getByRole("listitem").first();
    const leaderName = (await firstSuggestion.innerText()).split("\n")[0]!.trim();
    expect(leaderName).not.toBe("");
    await firstSuggestion.getByRole("checkbox").check();
    await expect(leaders.getByRole("checkbox", { checked: true })).toHaveCount(1);

    // One itinerary item, on the first day of the trip.
    await tripFields.getByRole("button", { name: "Add an itinerary item" }).click();
    const item = tripFields.getByRole("group", { name: "Item 1" });
    await expect(item.getByLabel("Day")).toHaveValue(startDay);
    await item.getByLabel("Time").fill("09:30");
    await item.getByLabel("Activity").fill(activity);
    await item.getByLabel("Place", { exact: true }).fill("Da Nang");

    // The default checklist, kept as it is.
    await expect(tripFields.getByRole("textbox", { name: "Checklist item 1" })).toHaveValue("Visa");
    await expect(tripFields.getByRole("textbox", { name: "Checklist item 2" })).toHaveValue("Travel insurance");
    await expect(tripFields.getByRole("textbox", { name: "Checklist item 3" })).toHaveValue("Meetings booked");

    await page.getByRole("button", { name: "Save", exact: true }).click();

    // The trip's page: nobody going yet out of two places.
    await expect(page).toHaveURL(/\/en\/events\/[^/?]+$/);
    const tripPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("The event has been published.")).toBeVisible();
    await expect(page.getByText("Trip to Vietnam", { exact: true })).toBeVisible();
    await expect(page.getByTestId("event-seats")).toContainText("0/2 going");
    const facts = page.getByTestId("trip-facts");
    await expect(facts).toContainText("Hanoi and Da Nang");
    await expect(facts).toContainText(/31,500/);
    await expect(facts).toContainText("Commitment deadline");
    await expect(facts.getByRole("link", { name: leaderName })).toBeVisible();
    await expect(page.getByRole("region", { name: "Day-by-day itinerary" }).getByRole("row").filter({ hasText: activity })).toContainText("09:30");
    await expect(page.getByTestId("trip-checklist").getByRole("listitem")).toHaveText([/^Visa/, /^Travel insurance/, /^Meetings booked/]);
    await expect(page.getByRole("region", { name: "Who is coming" })).toContainText("Nobody has said they are going yet.");

    // The demo member finds the trip in the events list and confirms first.
    await signIn(member.page, DEMO.member);
    await mainNav(member.page).getByRole("link", { name: "Events" }).click();
    await expect(member.page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
    const listed = member.page.getByTestId("event-item").filter({ has: member.page.getByRole("heading", { level: 3, name: title }) });
    await expect(listed).toContainText("Trip to Vietnam");
    await expect(listed).toContainText("0/2 going");
    await listed.getByRole("link", { name: title }).click();
    await expect(member.page).toHaveURL(new RegExp(`${tripPath}$`));
    await expect(rsvpPanel(member.page).getByTestId("my-answer")).toHaveText("Register your interest first, then confirm your place before the commitment deadline.");
    await confirmPlace(member.page);
    await expect(rsvpPanel(member.page).getByTestId("my-answer")).toHaveText("Your place on the trip is confirmed.");
    await expect(member.page.getByTestId("event-seats")).toContainText("1/2 going");

    // The second takes the last place.
    await second.page.goto(tripPath);
    await confirmPlace(second.page);
    await expect(rsvpPanel(second.page).getByTestId("my-answer")).toHaveText("Your place on the trip is confirmed.");
    await expect(second.page.getByTestId("event-seats")).toContainText("2/2 going");

    // The third finds the trip full and joins the waitlist as number 1.
    await third.page.goto(tripPath);
    await expect(third.page.getByTestId("event-seats")).toContainText("2/2 going");
    await expect(third.page.getByTestId("event-seats")).toContainText("Full — waitlist");
    await expect(rsvpPanel(third.page)).toContainText("The trip is full.");
    await confirmPlace(third.page);
    await expect(rsvpPanel(third.page).getByTestId("my-answer")).toHaveText("You are on the waitlist for the trip.");
    await expect(rsvpPanel(third.page)).toContainText("You are number 1 on the waitlist.");
    await expect(third.page.getByTestId("event-seats")).toContainText("1 on the waitlist");
    // Who is coming, in the order they answered: the two going, then the waitlist.
    const coming = third.page.getByRole("region", { name: "Who is coming" });
    await expect(coming.getByRole("region", { name: "Going (2)" }).getByRole("link")).toHaveText([MEMBER_NAME, second.name]);
    await expect(coming.getByRole("region", { name: "Waitlist (1)" }).getByRole("link")).toHaveText([third.name]);
    const unreadBefore = await unreadCount(third.page);

    // The demo member gives up their place …
    await rsvpPanel(member.page).getByRole("button", { name: "Not going" }).click();
    await expect(rsvpPanel(member.page).getByTestId("my-answer")).toHaveText("You are not coming on this trip.");

    // … and the third is going now, and is told.
    await third.page.goto(tripPath);
    await expect(rsvpPanel(third.page).getByTestId("my-answer")).toHaveText("Your place on the trip is confirmed.");
    await expect(rsvpPanel(third.page)).not.toContainText("on the waitlist");
    await expect(third.page.getByTestId("event-seats")).toContainText("2/2 going");
    await expect(third.page.getByTestId("event-seats")).not.toContainText("on the waitlist");
    await expect(bell(third.page)).toHaveAttribute("aria-label", `Notifications, ${unreadBefore + 1} unread`);
    await expect(third.page.getByRole("banner").getByTestId("unread-count")).toHaveText(String(unreadBefore + 1));
    await bell(third.page).click();
    await expect(third.page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const promotion = third.page.getByTestId("notification").filter({ hasText: `A seat opened up: you are now going to “${title}”` });
    await expect(promotion).toHaveCount(1);
    await promotion.getByRole("link").click();
    await expect(third.page).toHaveURL(new RegExp(`${tripPath}$`));
    await expect(third.page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // The organiser sees who is going now.
    await page.reload();
    const going = page.getByRole("region", { name: "Who is coming" }).getByRole("region", { name: "Going (2)" });
    await expect(going).toContainText(second.name);
    await expect(going).toContainText(third.name);
    await expect(going).not.toContainText(MEMBER_NAME);
    await expect(page.getByRole("region", { name: "Who is coming" }).getByRole("region", { name: /^Waitlist/ })).toHaveCount(0);
  } finally {
    for (const session of sessions) await session.close();
  }
});
