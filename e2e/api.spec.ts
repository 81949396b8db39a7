import { expect, test, type APIResponse } from "@playwright/test";
import { registerUser } from "./helpers";

const DEMO_SLUGS = ["ovre-norrland", "stockholm", "skane", "vastra-gotaland", "kronoberg"];

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["content-security-policy"], "Content-Security-Policy").toBeTruthy();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBeTruthy();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
}

test("GET /api/health reports the app and its database as ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("GET /api/v1/networks lists the public networks", async ({ request }) => {
  const response = await request.get("/api/v1/networks");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  const networks = (await response.json()) as Record<string, unknown>[];
  expect(Array.isArray(networks)).toBe(true);
  for (const network of networks) {
    expect(Object.keys(network).sort()).toEqual(["city", "memberCount", "name", "region", "slug", "status"]);
    expect(network).toMatchObject({
      slug: expect.any(String),
      name: expect.any(String),
      region: expect.any(String),
      city: expect.any(String),
      status: expect.stringMatching(/^(FORMING|ACTIVE)$/),
      memberCount: expect.any(Number),
    });
  }
  const slugs = networks.map((network) => network.slug);
  expect(slugs).toEqual(expect.arrayContaining(DEMO_SLUGS));
  const ovreNorrland = networks.find((network) => network.slug === "ovre-norrland");
  expect(ovreNorrland).toMatchObject({ name: "Kosmopolit Övre Norrland", status: "ACTIVE" });
  expect(ovreNorrland?.memberCount).toBeGreaterThan(0);
  expect(networks.find((network) => network.slug === "kronoberg")).toMatchObject({ status: "FORMING" });
});

test("pages and API routes send the security headers", async ({ request }) => {
  const page = await request.get("/en");
  expect(page.status()).toBe(200);
  expectSecurityHeaders(page);
  // A page's policy allows only its own scripts, with a per-request nonce.
  expect(page.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(page.headers()["content-security-policy"]).not.toContain("unsafe-eval");

  const api = await request.get("/api/v1/networks");
  expect(api.status()).toBe(200);
  expectSecurityHeaders(api);
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await registerUser(page, "Cookie");
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => /^(__Secure-)?authjs\.session-token$/.test(cookie.name));
  expect(session, `session cookie among: ${cookies.map((cookie) => cookie.name).join(", ")}`).toBeDefined();
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(session?.path).toBe("/");
});
