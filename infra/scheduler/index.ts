import { SchedulerApi } from "./api.ts";
import { Runner } from "./runner.ts";
import { listen } from "./server.ts";
import { ScheduleStore } from "./store.ts";
import type { SchedulerEmulator, SchedulerEmulatorOptions } from "./types.ts";

export type { DeadLetter, FireResult, SchedulerEmulator, SchedulerEmulatorOptions } from "./types.ts";

/**
 * A local EventBridge Scheduler: the REST API @aws-sdk/client-scheduler speaks, and a runner that
 * invokes `options.invoke` when an at() schedule falls due (see runner.ts and delivery.ts).
 */
export async function startSchedulerEmulator(options: SchedulerEmulatorOptions): Promise<SchedulerEmulator> {
  const store = new ScheduleStore(options.dataFile);
  const runner = new Runner(store, options);
  const api = new SchedulerApi(store, options.now ?? Date.now);
  const server = await listen(options.port ?? 0, api, runner, store, options.invoke);
  runner.start();
  return {
    url: `http://127.0.0.1:${server.port}`,
    port: server.port,
    fireUntil: (instant) => runner.fireUntil(instant),
    async stop() {
      await runner.stop();
      await server.close();
    },
  };
}
