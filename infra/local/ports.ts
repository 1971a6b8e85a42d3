import { createServer } from "node:net";
import { LOCAL_PORTS, type LocalPorts } from "../local-env.ts";

/** Whether nothing listens on the port, on any IPv4 address (DynamoDB Local binds them all). */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (e: NodeJS.ErrnoException) => (e.code === "EADDRINUSE" || e.code === "EACCES" ? resolve(false) : reject(e)));
    server.listen({ port, host: "0.0.0.0", exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * Refuses to start on a port something else holds: a server that cannot bind exits, and the probe
 * that waits for it would then be answered by whatever holds the port (another DynamoDB Local,
 * another coffeechat) and `npm start` would quietly join it. Names each taken port and the
 * variable that moves it. Port 0 (any free port) is never taken.
 */
export async function assertPortsFree(ports: LocalPorts): Promise<void> {
  const taken: string[] = [];
  for (const [key, port] of Object.entries(ports) as [keyof LocalPorts, number][]) {
    if (port === 0 || (await isFree(port))) continue;
    const { variable, server } = LOCAL_PORTS[key];
    taken.push(`Port ${port} is already in use, so ${server} cannot listen there: stop what holds it, or choose another, e.g. ${variable}=${suggestion(port)} npm start`);
  }
  if (taken.length) throw new PortTakenError(taken.join("\n"));
}

export class PortTakenError extends Error {}

const suggestion = (port: number) => (port < 65535 ? port + 1 : port - 1);
