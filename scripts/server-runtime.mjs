// Loaded before server.ts (`node --import tsx --import ./scripts/server-runtime.mjs server.ts`).
// The custom server runs the chat's socket handlers, which call the same domain services as the
// pages. Those services `import "server-only"`, a guard that only Next's bundler resolves (to
// an empty module, under its "react-server" condition); plain Node resolves it to a module
// that throws. This process is the server, so here it resolves to an empty module too.
import { register } from "node:module";

register("./server-only-hook.mjs", import.meta.url);
