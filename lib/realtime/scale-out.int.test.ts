import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listChannels } from "@/lib/chat/channels";
import { removeMember } from "@/lib/networks/members";
import { createNetworkWithPeople } from "@/tests/factories";
import { collect, connectAs, nextEvent, settle, startRealtimeServer, type ChatClient } from "@/tests/realtime-harness";
import { startRedis } from "@/tests/redis-server";

// Two separate app processes and this test's own process share rooms through a real Redis.

let redis: Awaited<ReturnType<typeof startRedis>>;
const processes: ChildProcess[] = [];
const clients: ChatClient[] = [];
let local: Awaited<ReturnType<typeof startRealtimeServer>>;

function startProcess(redisUrl: string): Promise<string> {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/server-runtime.mjs", "tests/realtime-process.ts"], {
    env: { ...process.env, REDIS_URL: redisUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  processes.push(child);
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`chat process exited with ${code}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve(`http://127.0.0.1:${port}`);
    });
  });
}

beforeAll(async () => {
  redis = await startRedis();
  local = await startRealtimeServer({ redisUrl: redis.url });
}, 60_000);
afterAll(async () => {
  for (const client of clients) client.close();
  await Promise.all(processes.map((child) => new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGTERM")))));
  await local?.close();
  await redis?.stop();
});

describe("several server processes with Redis", () => {
  it("deliver a message sent to one process to a client of another, and a removal cuts a socket off on any of them", { timeout: 90_000 }, async () => {
    const [first, second] = await Promise.all([startProcess(redis.url), startProcess(redis.url)]);
    const { network, organiser, member } = await createNetworkWithPeople();
    const channelId = (await listChannels({ actorId: member.id })).find((channel) => channel.kind === "NETWORK" && channel.name === network.name)!.id;
    const onFirst = await connectAs(first, member.id);
    const onSecond = await connectAs(second, organiser.id);
    clients.push(onFirst, onSecond);

    const arrives = nextEvent(onSecond, "message:new");
    const sent = await onFirst.emitWithAck("message:send", { channelId, clientId: randomUUID(), body: "Across processes" });
    expect(sent.ok).toBe(true);
    expect(await arrives).toMatchObject({ channelId, body: "Across processes", author: { id: member.id } });

    const joined = await onSecond.emitWithAck("channel:join", { channelId });
    expect(joined.ok && [...joined.online].sort()).toEqual([member.id, organiser.id].sort());

    // The removal runs in this process; the member's socket lives in the first one.
    await removeMember({ actorId: organiser.id, slug: network.slug, userId: member.id });
    const afterRemoval = collect(onFirst, "message:new");
    await onSecond.emitWithAck("message:send", { channelId, clientId: randomUUID(), body: "After the removal" });
    await settle(onFirst);
    expect(afterRemoval.received).toEqual([]);
  });
});
