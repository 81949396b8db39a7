import { afterEach, describe, expect, it } from "vitest";
import { disconnectPrisma } from "@/lib/db/client";
import { GET } from "./route";

const realUrl = process.env.DATABASE_URL;

afterEach(async () => {
  await disconnectPrisma();
  process.env.DATABASE_URL = realUrl;
});

describe("GET /api/health", () => {
  it("answers 200 when the database is reachable", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("answers 503 with db down when the database is unreachable", async () => {
    await disconnectPrisma();
    process.env.DATABASE_URL = "postgresql://nobody:nothing@127.0.0.1:9/nowhere"; // port 9: nothing listens
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ db: "down" });
  });
});
