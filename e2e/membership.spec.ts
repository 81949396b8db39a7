import { expect, test } from "@playwright/test";
import { DEMO, OVRE_NORRLAND, askToJoin, clickAndConfirm, decideRequest, decisionFormFor, expectRequestPending, newSession, registerUser, signIn } from "./helpers";

test.describe("membership of a network", () => {
  test("a new user asks to join, the organiser approves, the member is told", async ({ page, browser }) => {
    const applicant = await registerUser(page, "Applicant");
    // Registration signs the new user in and lands them on the start page.
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome back");

    await page.getByRole("banner").getByRole("link", { name: "Networks" }).click();
    await expect(page).toHaveURL(/\/en\/networks$/);
    await page.getByRole("link", { name: new RegExp(OVRE_NORRLAND.name) }).click();
    await expect(page.getByRole("heading", { level: 1, name: OVRE_NORRLAND.name })).toBeVisible();

    const motivation = `I run an import firm and know Vietnam well (${applicant.email}).`;
    await page.getByLabel("Why do you want to join?").fill(motivation);
    await page.getByRole("button", { name: "Ask to join" }).click();
    await expectRequestPending(page);
    await expect(page.getByText("Your request was sent to the organisers.")).toBeVisible();
    await page.reload();
    await expect(page.getByText("Your request was sent to the organisers.")).toHaveCount(0); // shown once
    await expectRequestPending(page);

    // The organiser, in a browser of their own.
    const organiser = await newSession(browser);
    try {
      await signIn(organiser.page, DEMO.organiser);
      await organiser.page.goto(`/en/networks/${OVRE_NORRLAND.slug}`);
      await organiser.page.getByRole("link", { name: "Manage network" }).click();
      await expect(organiser.page.getByRole("heading", { level: 1, name: "Manage network" })).toBeVisible();
      const request = organiser.page.getByTestId("join-request").filter({ hasText: applicant.name });
      await expect(request).toBeVisible();
      await expect(request).toContainText(motivation);
      await expect(decisionFormFor(organiser.page, applicant.name)).toBeVisible();
      await decideRequest(organiser.page, applicant.name, "Approve", "Welcome aboard, see you at the next meeting!");
      await expect(organiser.page.getByText("Approved. The new member has been told.")).toBeVisible();
      await organiser.page.reload();
      await expect(organiser.page.getByTestId("join-request").filter({ hasText: applicant.name })).toHaveCount(0);
    } finally {
      await organiser.context.close();
    }

    // Back with the applicant: now a member, with a notification waiting.
    await page.reload();
    await expect(page.getByText("You are a member of this network.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Leave network" })).toBeVisible();
    const bell = page.getByRole("banner").getByRole("link", { name: /^Notifications, \d+ unread$/ });
    await expect(bell).toBeVisible();
    await expect(page.getByTestId("unread-count")).toHaveText(/^[1-9]\d*\+?$/);

    await bell.click();
    await expect(page).toHaveURL(/\/en\/notifications$/);
    const notification = page.getByTestId("notification").filter({ hasText: `Welcome! Your request to join ${OVRE_NORRLAND.name} was approved` });
    await expect(notification).toBeVisible();
    await expect(notification).toContainText("Welcome aboard, see you at the next meeting!");

    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(page.getByTestId("unread-count")).toHaveCount(0);
    await expect(page.getByRole("banner").getByRole("link", { name: "Notifications", exact: true })).toBeVisible();

    // The account page lists the network.
    await page.goto("/en/account");
    await expect(page.getByRole("link", { name: OVRE_NORRLAND.name })).toBeVisible();
  });

  test("the organiser declines a request and the applicant is told", async ({ page, browser }) => {
    const applicant = await registerUser(page, "Declined");
    await askToJoin(page, OVRE_NORRLAND.slug, "We sell furniture and would like to learn about exporting to Norway.");

    const organiser = await newSession(browser);
    try {
      await signIn(organiser.page, DEMO.organiser);
      await organiser.page.goto(`/en/networks/${OVRE_NORRLAND.slug}/manage`);
      await decideRequest(organiser.page, applicant.name, "Decline", "The network is for firms in Norrbotten and Västerbotten.");
    } finally {
      await organiser.context.close();
    }

    await page.reload();
    await expect(page.getByText("You are a member of this network.")).toHaveCount(0);
    await expect(page.getByText(/is waiting for an organiser/)).toHaveCount(0);
    // Declined is not final: the join form is offered again.
    await expect(page.getByRole("button", { name: "Ask to join" })).toBeVisible();

    await page.goto("/en/notifications");
    const notification = page.getByTestId("notification").filter({ hasText: `Your request to join ${OVRE_NORRLAND.name} was declined` });
    await expect(notification).toBeVisible();
    await expect(notification).toContainText("The network is for firms in Norrbotten and Västerbotten.");
  });

  test("an applicant withdraws a request, and a member leaves the network", async ({ page, browser }) => {
    const applicant = await registerUser(page, "Leaver");
    await askToJoin(page, OVRE_NORRLAND.slug, "We run a translation agency with Arabic and Persian.");
    await page.getByRole("button", { name: "Withdraw request" }).click();
    await expect(page.getByRole("button", { name: "Ask to join" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Ask to join" })).toBeVisible();
    await expect(page.getByText(/is waiting for an organiser/)).toHaveCount(0);

    await askToJoin(page, OVRE_NORRLAND.slug, "Asking again: translation agency with Arabic and Persian.");
    const organiser = await newSession(browser);
    try {
      await signIn(organiser.page, DEMO.organiser);
      await organiser.page.goto(`/en/networks/${OVRE_NORRLAND.slug}/manage`);
      await decideRequest(organiser.page, applicant.name, "Approve");
    } finally {
      await organiser.context.close();
    }

    await page.reload();
    await expect(page.getByText("You are a member of this network.")).toBeVisible();
    await clickAndConfirm(page, page.getByRole("button", { name: "Leave network" }));
    await expect(page.getByRole("button", { name: "Ask to join" })).toBeVisible();
    await page.reload();
    await expect(page.getByText("You are a member of this network.")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Ask to join" })).toBeVisible();
    await page.goto("/en/account");
    await expect(page.getByText("You are not in a network yet.")).toBeVisible();
  });
});
