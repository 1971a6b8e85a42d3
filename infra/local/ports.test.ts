import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "./free-port.ts";
import { assertPortsFree } from "./ports.ts";

const held: Server[] = [];
afterEach(async () => {
  await Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** Another process's server, as far as this port is concerned. */
async function hold(host?: string): Promise<number> {
  const server = createServer();
  held.push(server);
  await new Promise<void>((resolve) => server.listen({ port: 0, ...(host ? { host } : {}) }, resolve));
  return (server.address() as { port: number }).port;
}

describe("npm start's ports", () => {
  it("are accepted when free, and port 0 always is", async () => {
    await expect(assertPortsFree({ app: await freePort(), dynamodb: 0, ses: await freePort(), scheduler: 0 })).resolves.toBeUndefined();
  });

  it.each([["127.0.0.1"], ["0.0.0.0"], [undefined]])("are refused when taken on %s, naming the port and its variable", async (host) => {
    const taken = await hold(host);
    const error = await assertPortsFree({ app: await freePort(), dynamodb: taken, ses: 0, scheduler: 0 }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(
      `Port ${taken} is already in use, so DynamoDB Local cannot listen there: stop what holds it, or choose another, e.g. DYNAMODB_PORT=${taken + 1} npm start`,
    );
  });

  it("lists every taken port at once", async () => {
    const [app, ses] = [await hold("127.0.0.1"), await hold("127.0.0.1")];
    const error = (await assertPortsFree({ app, dynamodb: 0, ses, scheduler: 0 }).catch((e: Error) => e)) as Error;
    expect(error.message.split("\n")).toHaveLength(2);
    expect(error.message).toContain(`Port ${app} is already in use, so the app cannot listen there`);
    expect(error.message).toContain(`PORT=${app + 1} npm start`);
    expect(error.message).toContain(`SES_PORT=${ses + 1} npm start`);
  });
});
