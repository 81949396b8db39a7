// A chat server process for the multi-process test (lib/realtime/scale-out.int.test.ts): the
// app's Socket.IO server on its own HTTP server, sharing rooms through REDIS_URL. Prints
// "listening <port>" when ready. Run with the same loaders as server.ts.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { attachRealtime } from "@/lib/realtime/server";

const http = createServer();
const realtime = await attachRealtime(http, { redisUrl: process.env.REDIS_URL });
http.listen(0, "127.0.0.1", () => console.log(`listening ${(http.address() as AddressInfo).port}`));
process.once("SIGTERM", () => void realtime.close().then(() => process.exit(0)));
