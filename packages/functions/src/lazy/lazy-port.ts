/** A port every member of which is an async method: what a stand-in can forward before it has the real one. */
type AsyncPort<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? T[K] : never };

const LOADED = Symbol("lazy port loaded");
type Watched = { [LOADED]: (watch: (adapter: object) => void) => void };

/**
 * Loads once and remembers: a module, a client. A failed load is remembered too (a missing module
 * stays missing), so every caller sees the same error.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
}

/**
 * Stands in for an adapter whose module is loaded on its first call, so a cold start parses none of
 * the AWS SDK or the calendar libraries until a request needs them. Every call waits for the load
 * (once) and goes to the real adapter; the type allows only ports of async methods, so no caller
 * can tell. `then` is not forwarded: the stand-in is not a promise, whoever awaits it.
 */
export function lazyPort<T extends AsyncPort<T>>(load: () => Promise<T>): T {
  const watchers: ((adapter: object) => void)[] = [];
  let loaded: T | undefined;
  const adapter = once(async () => {
    loaded = await load();
    for (const watch of watchers) watch(loaded);
    return loaded;
  });
  const forward = (name: string) => async (...args: unknown[]) => {
    const real = (await adapter()) as Record<string, (...a: unknown[]) => unknown>;
    return real[name]!(...args);
  };
  // A watcher that comes after the load sees the adapter at once.
  const watched: Watched = { [LOADED]: (watch) => (loaded ? watch(loaded) : void watchers.push(watch)) };
  return new Proxy(watched, {
    get: (target, name) => (name === LOADED ? target[LOADED] : typeof name === "symbol" || name === "then" ? undefined : forward(name)),
  }) as unknown as T;
}

/**
 * Calls `watch` with the real adapter behind a lazy port when it loads (before its first call runs),
 * or at once if it has loaded already; false if `value` is no lazy port. Benchmarks use it to reach the SDK clients inside adapters.
 */
export function whenLoaded(value: unknown, watch: (adapter: object) => void): boolean {
  if (typeof value !== "object" || value === null || !(LOADED in value)) return false;
  (value as Watched)[LOADED](watch);
  return true;
}
