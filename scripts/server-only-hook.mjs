// Module resolution hook registered by scripts/server-runtime.mjs: "server-only" is empty.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}
