import { expect, test } from "@playwright/test";
import { OVRE_NORRLAND, clickAndConfirm } from "./helpers";
import {
  AMIRA,
  TOMAS,
  chatNavBadge,
  chatNavLink,
  composer,
  expectStored,
  messageItems,
  messageLog,
  newMemberOfOvreNorrland,
  openChannel,
  openNetworkChannel,
  personSession,
  sendMessage,
  uniqueText,
} from "./chat-helpers";

// Amira (organiser) and Tomás (member) of Övre Norrland talk in their network's channel, each in
// a browser context of their own. Other tests write in the same channel at the same time, so every
// assertion looks for a text of its own; a badge that must rise and clear belongs to a fresh account.

test.describe("live chat", () => {
  // Two or three people signing in and opening the chat: many page loads per test.
  test.describe.configure({ timeout: 150_000 });

  test("two members chat in the network channel and see each other's messages without reloading", async ({ browser }) => {
    const amira = await personSession(browser, AMIRA.email);
    const tomas = await personSession(browser, TOMAS.email);
    try {
      await openNetworkChannel(amira.page);
      await openNetworkChannel(tomas.page);
      await expect(amira.page.getByTestId("chat-presence")).toBeVisible();

      // Typing shows on the other side before anything is sent.
      const text = uniqueText("Anyone going to the Luleå fair? Details at https://example.com/fair and <b>not bold</b>");
      const box = composer(tomas.page);
      await box.click();
      await box.pressSequentially("Anyone");
      await expect(amira.page.getByTestId("chat-typing")).toHaveText(`${TOMAS.name} is typing…`);
      await box.fill("");
      await sendMessage(tomas.page, text);
      await expectStored(tomas.page, text);

      const received = messageItems(amira.page, text);
      await expect(received).toHaveCount(1);
      await expect(received.getByRole("link", { name: TOMAS.name })).toHaveAttribute("href", `/en/members/${TOMAS.id}`);
      await expect(received.getByRole("link", { name: "https://example.com/fair" })).toHaveAttribute("href", "https://example.com/fair");
      // Text, never markup: the tag is shown as typed.
      await expect(received).toContainText("<b>not bold</b>");
      await expect(received.locator("b")).toHaveCount(0);
      await expect(received.getByRole("time")).toBeVisible();

      // Shift+Enter makes a new line inside one message; Enter sends it.
      const first = uniqueText("Line one");
      const reply = composer(amira.page);
      await reply.click();
      await reply.fill(first);
      await reply.press("Shift+Enter");
      await reply.pressSequentially("line two");
      await expect(reply).toHaveValue(`${first}\nline two`);
      await reply.press("Enter");
      const multiLine = messageItems(tomas.page, first);
      await expect(multiLine).toHaveCount(1);
      await expect(multiLine).toContainText(`${first}\nline two`, { useInnerText: true });
    } finally {
      await amira.context.close();
      await tomas.context.close();
    }
  });

  test("edits and deletions reach everyone; organisers delete others' messages", async ({ browser }) => {
    const amira = await personSession(browser, AMIRA.email);
    const tomas = await personSession(browser, TOMAS.email);
    try {
      await openNetworkChannel(amira.page);
      await openNetworkChannel(tomas.page);

      const original = uniqueText("Meeting at ten");
      await sendMessage(tomas.page, original);
      await expectStored(tomas.page, original);
      const mine = messageItems(tomas.page, original);
      await expect(messageItems(amira.page, original)).toHaveCount(1);
      // Amira may delete it (she organises the network) but not edit it.
      await expect(messageItems(amira.page, original).getByRole("button", { name: /^Edit/ })).toHaveCount(0);

      const edited = uniqueText("Meeting at eleven");
      await mine.getByRole("button", { name: "Edit your message" }).click();
      // The page's only edit box (the message's own text changes as it is edited).
      const editor = tomas.page.getByRole("textbox", { name: "Edit your message" });
      await editor.fill(edited);
      await editor.press("Enter");
      const seenByAmira = messageItems(amira.page, edited);
      await expect(seenByAmira).toHaveCount(1);
      await expect(seenByAmira).toContainText("(edited)");
      await expect(messageItems(amira.page, original)).toHaveCount(0);

      // Tomás deletes his own message, after confirming.
      await clickAndConfirm(tomas.page, messageItems(tomas.page, edited).getByRole("button", { name: "Delete your message" }));
      await expect(messageItems(tomas.page, edited)).toHaveCount(0);
      await expect(amira.page.getByTestId("chat-message").filter({ hasText: edited })).toHaveCount(0);

      // The organiser deletes another's message; both see that a message was deleted.
      const second = uniqueText("An ad nobody asked for");
      await sendMessage(tomas.page, second);
      const target = messageItems(amira.page, second);
      await expect(target).toHaveCount(1);
      const seq = await target.getAttribute("data-seq");
      await clickAndConfirm(amira.page, target.getByRole("button", { name: `Delete the message by ${TOMAS.name}` }));
      for (const page of [amira.page, tomas.page]) {
        const deleted = page.locator(`[data-testid="chat-message"][data-seq="${seq}"]`);
        await expect(deleted).toContainText("message deleted");
        await expect(deleted).not.toContainText(second);
      }
    } finally {
      await amira.context.close();
      await tomas.context.close();
    }
  });

  test("the navigation's unread badge rises while away and clears when the chat is opened", async ({ page, browser }) => {
    await newMemberOfOvreNorrland(page, browser, "Reader");
    await page.goto("/en/events");
    await expect(chatNavLink(page)).toHaveAccessibleName("Chat");

    const tomas = await personSession(browser, TOMAS.email);
    try {
      await openNetworkChannel(tomas.page);
      const text = uniqueText("Welcome to the network");
      await sendMessage(tomas.page, text);
      await expectStored(tomas.page, text);

      // Live, without a reload: the badge and the link's accessible name both count it.
      await expect(chatNavLink(page)).toHaveAccessibleName(/^Chat, [1-9]\d* unread$/);
      await expect(chatNavBadge(page)).toBeVisible();

      await chatNavLink(page).click();
      const channelLink = page.getByRole("navigation", { name: "Channels" }).getByRole("link", { name: new RegExp(`^${OVRE_NORRLAND.name}, \\d+ unread$`) });
      await expect(channelLink).toBeVisible();
      await channelLink.click();
      await expect(messageItems(page, text)).toHaveCount(1);
      await expect(chatNavLink(page)).toHaveAccessibleName("Chat");
      await expect(chatNavBadge(page)).toHaveCount(0);

      // Still read after a reload: the server stored it.
      await page.reload();
      await expect(messageItems(page, text)).toHaveCount(1);
      await expect(chatNavLink(page)).toHaveAccessibleName("Chat");
    } finally {
      await tomas.context.close();
    }
  });

  test("after going offline, missed messages arrive exactly once and a message written offline is sent once", async ({ browser }) => {
    const amira = await personSession(browser, AMIRA.email);
    const tomas = await personSession(browser, TOMAS.email);
    try {
      await openNetworkChannel(amira.page);
      await openNetworkChannel(tomas.page);

      await tomas.context.setOffline(true);
      await expect(tomas.page.getByTestId("chat-connection")).toHaveText("You are offline. New messages appear when the connection is back.");

      const missed = [uniqueText("While you were away, one"), uniqueText("While you were away, two")];
      for (const text of missed) await sendMessage(amira.page, text);
      for (const text of missed) await expectStored(amira.page, text);
      // Written offline: shown as sending, not lost.
      const offline = uniqueText("Written on the train");
      await sendMessage(tomas.page, offline);
      await expect(messageItems(tomas.page, offline)).toContainText("sending…");
      await expect(messageItems(tomas.page, missed[0]!)).toHaveCount(0);

      await tomas.context.setOffline(false);
      await expect(tomas.page.getByTestId("chat-connection")).toHaveCount(0);
      for (const text of missed) await expect(messageItems(tomas.page, text)).toHaveCount(1);
      await expectStored(tomas.page, offline);
      await expect(messageItems(amira.page, offline)).toHaveCount(1);

      // In sequence order, and still exactly once after a reload (stored once on the server).
      const seqs = await Promise.all(missed.map((text) => messageItems(tomas.page, text).getAttribute("data-seq")));
      expect(Number(seqs[0])).toBeLessThan(Number(seqs[1]));
      await tomas.page.reload();
      for (const text of [...missed, offline]) await expect(messageItems(tomas.page, text)).toHaveCount(1);
    } finally {
      await amira.context.close();
      await tomas.context.close();
    }
  });

  test("a member starts a direct conversation from another member's profile", async ({ page, browser }) => {
    const asker = await newMemberOfOvreNorrland(page, browser, "Messenger");
    await page.goto(`/en/members/${AMIRA.id}`);
    await page.getByRole("button", { name: "Send a message" }).click();
    await expect(page).toHaveURL(/\/en\/chat\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name: AMIRA.name })).toBeVisible();
    await expect(page.getByText("Direct message", { exact: true })).toBeVisible();
    const text = uniqueText("Hello Amira, may I ask about Jordan?");
    await sendMessage(page, text, AMIRA.name);
    await expectStored(page, text);

    // The same button later leads back to the same conversation.
    const url = page.url();
    await page.goto(`/en/members/${AMIRA.id}`);
    await page.getByRole("button", { name: "Send a message" }).click();
    await expect(page).toHaveURL(url);
    await expect(messageItems(page, text)).toHaveCount(1);

    const amira = await personSession(browser, AMIRA.email);
    try {
      const directs = amira.page.getByRole("region", { name: "Direct messages" });
      await amira.page.goto("/en/chat");
      await expect(directs.getByRole("link", { name: `${asker.name}, 1 unread` })).toBeVisible();
      await openChannel(amira.page, asker.name);
      await expect(messageItems(amira.page, text)).toHaveCount(1);
      await sendMessage(amira.page, uniqueText("Of course, happy to help"), asker.name);
      await expect(messageLog(page, AMIRA.name).getByText("Of course, happy to help")).toBeVisible();
    } finally {
      await amira.context.close();
    }
  });
});

test.describe("chat history", () => {
  test.describe.configure({ timeout: 150_000 });

  test("scrolling to the top loads older messages and keeps the reader's place", async ({ page, browser }) => {
    const writer = await newMemberOfOvreNorrland(page, browser, "Historian");
    await page.goto(`/en/members/${TOMAS.id}`);
    await page.getByRole("button", { name: "Send a message" }).click();
    await expect(page.getByRole("heading", { level: 1, name: TOMAS.name })).toBeVisible();
    // One page is 50 messages; 52 leave two older ones. The server takes 20 messages per
    // 10 seconds from one person, so they go in batches with a pause as long as that window.
    const label = (n: number) => `history-${String(n).padStart(3, "0")}`;
    for (let n = 1; n <= 52; n++) {
      await sendMessage(page, label(n), TOMAS.name);
      if (n % 18 === 0) {
        await expectStored(page, label(n));
        await page.waitForTimeout(10_500); // the rate limit's window, not a guess at timing
      }
    }
    await expectStored(page, label(52));

    const tomas = await personSession(browser, TOMAS.email);
    try {
      await openChannel(tomas.page, writer.name);
      const log = messageLog(tomas.page, writer.name);
      await expect(messageItems(tomas.page, label(52))).toBeInViewport();
      await expect(messageItems(tomas.page, label(3))).toHaveCount(1);
      await expect(messageItems(tomas.page, label(2))).toHaveCount(0);
      await log.hover();
      await tomas.page.mouse.wheel(0, -100_000);
      await expect(messageItems(tomas.page, label(1))).toHaveCount(1);
      // The view stays where the reader was: the oldest message they had is still on screen.
      await expect(messageItems(tomas.page, label(3))).toBeInViewport();
      await tomas.page.mouse.wheel(0, -100_000);
      await expect(log.getByText("This is the beginning of the conversation.")).toBeInViewport();
      await expect(messageItems(tomas.page, label(1))).toBeInViewport();
    } finally {
      await tomas.context.close();
    }
  });
});

test.describe("chat layout", () => {
  test.describe.configure({ timeout: 90_000 });

  test("on a phone-sized screen the list and the channel take turns", async ({ browser }) => {
    const tomas = await personSession(browser, TOMAS.email);
    try {
      const { page } = tomas;
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto("/en/chat");
      const list = page.getByRole("navigation", { name: "Channels" });
      await expect(list).toBeVisible();
      await list.getByRole("link", { name: new RegExp(`^${OVRE_NORRLAND.name}`) }).click();
      await expect(page.getByRole("heading", { level: 1, name: OVRE_NORRLAND.name })).toBeVisible();
      await expect(list).toBeHidden();
      await expect(composer(page)).toBeVisible();
      const text = uniqueText("From my phone");
      await sendMessage(page, text);
      await expectStored(page, text);
      await expect(messageItems(page, text)).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

      await page.getByRole("link", { name: "All chats" }).click();
      await expect(page).toHaveURL(/\/en\/chat$/);
      await expect(page.getByRole("navigation", { name: "Channels" })).toBeVisible();
    } finally {
      await tomas.context.close();
    }
  });

  test("in Arabic the chat reads right to left", async ({ browser }) => {
    const tomas = await personSession(browser, TOMAS.email);
    try {
      const { page } = tomas;
      await openNetworkChannel(page, "ar");
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.getByText("دردشة الشبكة", { exact: true })).toBeVisible();
      const box = page.getByRole("textbox", { name: `رسالة إلى ${OVRE_NORRLAND.name}` });
      const text = uniqueText("مرحبًا بالجميع");
      await box.click();
      await box.fill(text);
      await box.press("Enter");
      const item = messageItems(page, text);
      await expect(item).toHaveCount(1);
      await expect(item).not.toHaveAttribute("data-pending", "true");
      // The avatar sits at the start, which is the right-hand side in a right-to-left page.
      const avatar = await item.locator("a[aria-hidden=true]").boundingBox();
      const body = await item.getByText(text).boundingBox();
      expect(avatar && body && avatar.x > body.x).toBe(true);
      // The send button is at the end of the message box: to its left.
      const send = await page.getByRole("button", { name: "إرسال" }).boundingBox();
      const field = await box.boundingBox();
      expect(send && field && send.x < field.x).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    } finally {
      await tomas.context.close();
    }
  });
});
