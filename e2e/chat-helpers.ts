import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO, OVRE_NORRLAND, askToJoin, decideRequest, newSession, registerUser, signIn, uniqueSuffix, type Credentials } from "./helpers";

/** Seeded demo people of Övre Norrland (prisma/seed). */
export const AMIRA = { id: "demo-user-0003", name: "Amira Haddad", email: DEMO.organiser } as const;
export const TOMAS = { id: "demo-user-0004", name: "Tomás Herrera", email: DEMO.member } as const;

/** A message text no other test (or run) writes, so assertions find exactly this one. */
export const uniqueText = (label: string) => `${label} ${uniqueSuffix()}`;

/** A signed-in session of its own (cookies, socket), closed by the caller. */
export async function personSession(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const session = await newSession(browser);
  await signIn(session.page, email);
  return session;
}

/** A fresh account, signed in on `page`, made a member of Övre Norrland by the organiser through the UI. */
export async function newMemberOfOvreNorrland(page: Page, browser: Browser, label: string): Promise<Credentials> {
  const credentials = await registerUser(page, label);
  await askToJoin(page, OVRE_NORRLAND.slug, `I run an export firm and want to meet peers (${credentials.email}).`);
  const organiser = await personSession(browser, DEMO.organiser);
  try {
    await organiser.page.goto(`/en/networks/${OVRE_NORRLAND.slug}/manage`);
    await decideRequest(organiser.page, credentials.name, "Approve");
  } finally {
    await organiser.context.close();
  }
  return credentials;
}

/** The main navigation's chat link, whatever its unread count. */
export const chatNavLink = (page: Page) => page.getByRole("navigation", { name: "Main", exact: true }).getByRole("link", { name: /^Chat(, \d+ unread)?$/ });

/** The number on the main navigation's chat link (the mobile navigation has its own, hidden). */
export const chatNavBadge = (page: Page) => page.getByRole("navigation", { name: "Main", exact: true }).getByTestId("chat-unread-total");

/** Opens a channel from the chat page's list, as a person would. */
export async function openChannel(page: Page, name: string, locale = "en") {
  await page.goto(`/${locale}/chat`);
  await page.getByRole("navigation", { name: locale === "ar" ? "القنوات" : "Channels" }).getByRole("link", { name: new RegExp(`^${name}`) }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(messageLog(page, name, locale).getByText(locale === "ar" ? "جارٍ تحميل الرسائل…" : "Loading messages…")).toHaveCount(0);
}

export const openNetworkChannel = (page: Page, locale = "en") => openChannel(page, OVRE_NORRLAND.name, locale);

export const messageLog = (page: Page, channel: string = OVRE_NORRLAND.name, locale = "en") =>
  page.getByRole("log", { name: locale === "ar" ? `الرسائل في ${channel}` : `Messages in ${channel}` });

export const composer = (page: Page, channel: string = OVRE_NORRLAND.name) => page.getByRole("textbox", { name: `Message to ${channel}` });

/** Every rendered copy of the message containing `text` (stored or pending). */
export const messageItems = (page: Page, text: string) => page.getByTestId("chat-message").filter({ hasText: text });

/** Writes in the message box and sends with Enter (typing key by key is tested once, for the typing notice). */
export async function sendMessage(page: Page, text: string, channel: string = OVRE_NORRLAND.name) {
  const box = composer(page, channel);
  await box.click();
  await box.fill(text);
  await box.press("Enter");
  await expect(box).toHaveValue("");
}

/** Waits until the message is stored (no longer "sending…"). */
export async function expectStored(page: Page, text: string) {
  const item = messageItems(page, text);
  await expect(item).toHaveCount(1);
  await expect(item).not.toHaveAttribute("data-pending", "true");
}
