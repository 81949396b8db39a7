// Starts Debian's redis-server (or REDIS_SERVER) on a free port for a test, without persistence.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export const redisBinary = () => process.env.REDIS_SERVER ?? "redis-server";

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (spawnSync(redisBinary(), ["--version"]).error) {
    throw new Error(`redis-server is missing (looked for "${redisBinary()}"): install Debian's redis-server package (apt-get install redis-server) or set REDIS_SERVER.`);
  }
  const port = await freePort();
  const redis: ChildProcess = spawn(redisBinary(), ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    redis.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
    redis.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("Ready to accept connections")) resolve();
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        redis.once("exit", () => resolve());
        redis.kill("SIGTERM");
      }),
  };
}
