import { extendZodWithOpenApi, z as zod } from "@hono/zod-openapi";

// @hono/zod-openapi gives zod's schemas .openapi() when its module runs. Split into chunks that load
// per route group, a schema module can run first: esbuild orders chunks by the bindings each uses,
// and `z` is zod's own, not @hono/zod-openapi's. Extending here (it is idempotent), with `z` a binding
// of this module, makes every schema module that imports it run after the extension.
extendZodWithOpenApi(zod);

/** zod, with .openapi() for the API's schemas. */
export const z: typeof zod = zod;
